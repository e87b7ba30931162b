import type { DragEvent } from 'react';
import { documentFileUrl, type DocumentVersion } from '../../../../../shared/contract';
import { markDragOut } from './internal-drag';

/**
 * Starts dragging a document out of the app: the desktop hands a real file to the OS
 * (webContents.startDrag, by id only); a browser can only offer it as a download.
 */
export function startDragOut(event: DragEvent, documentId: string, version: DocumentVersion): void {
  markDragOut();
  const bridge = window.careerOrganizer;
  if (bridge) {
    event.preventDefault(); // the OS drag replaces the page's own
    bridge.startDrag(documentId, version.id);
    return;
  }
  const url = new URL(documentFileUrl(documentId, version.id, true), window.location.href).href;
  const name = version.file.split('/').pop() || version.originalName;
  // Chromium's DownloadURL: "type:name:url" — dropping it on the desktop saves the file.
  event.dataTransfer.setData('DownloadURL', `${version.mimeType.split(';')[0]}:${name}:${url}`);
  event.dataTransfer.setData('text/uri-list', url);
  event.dataTransfer.effectAllowed = 'copy';
}
