import type { OutgoingEnvelope, PushEnvelope, RequestEnvelope } from './envelope';

/** IPC channel names, shared by main and preload. */
export const IPC_CALL = 'co:call';
export const IPC_PUSH = 'co:push';
export const IPC_START_DRAG = 'co:start-drag';

/** The whole surface the desktop preload gives the page. */
export interface DesktopBridge {
  call(envelope: RequestEnvelope): Promise<OutgoingEnvelope>;
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
  /** The path of a file the user dropped or picked (Electron's webUtils); '' when it has none. */
  pathForFile(file: File): string;
  /** Starts dragging a document's file out of the app (to an email, a browser upload form …). */
  startDrag(documentId: string, versionId: string): void;
}
