import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

// The only thing the sandboxed page receives: two functions, no Node, no ipcRenderer.
contextBridge.exposeInMainWorld('careerOrganizer', createBridge(ipcRenderer));
