import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createBridge } from './bridge';

// The only thing the sandboxed page receives: a handful of functions, no Node, no ipcRenderer.
contextBridge.exposeInMainWorld('careerOrganizer', createBridge(ipcRenderer, webUtils));
