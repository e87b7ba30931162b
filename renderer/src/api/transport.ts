import type { ImportOptions, ImportReport, OutgoingEnvelope, PushEnvelope, RequestEnvelope } from '../../../shared/contract';

/** A file the user dropped or picked, with the name to give it (a path inside a dropped folder, for the report). */
export interface PickedFile {
  file: File;
  name: string;
}

/** How requests reach the backend: IPC on the desktop, HTTP in browser mode, a direct call in tests. */
export interface Transport {
  call(envelope: RequestEnvelope): Promise<OutgoingEnvelope>;
  /** Hears every push event; returns a function that stops listening. */
  onPush(listener: (envelope: PushEnvelope) => void): () => void;
  /**
   * Brings files into the library: the desktop sends their paths, browser mode streams
   * their bytes. Both end in the backend's one ingest pipeline.
   */
  importFiles(files: PickedFile[], options: ImportOptions & { batchId: string }): Promise<ImportReport>;
}
