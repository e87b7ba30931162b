/**
 * What only a desktop can do. Electron implements it in electron/main/native.ts;
 * browser mode uses ./node-host.ts; tests use a recording fake.
 */
export interface Host {
  /** Which of the optional abilities below really work here. */
  readonly capabilities: { pickFolder: boolean; openPath: boolean };
  /** Opens a file or folder with its default app; false when that was not possible. */
  openPath(target: string): Promise<boolean>;
  /** Shows a file selected in the system file manager. */
  showInFolder(target: string): Promise<void>;
  /** Moves a file or folder to the system trash. */
  trash(target: string): Promise<void>;
  /**
   * Shows a system notification; `route` is the app page to open when it is clicked. Returns
   * false when no system notification could be shown (the page then shows it itself).
   */
  notify(notification: { title: string; body: string; route?: string }): boolean;
  /** Asks the user to choose a folder; null when they cancel or it is not possible here. */
  pickFolder(options: { title: string; defaultPath?: string }): Promise<string | null>;
  /** Asks the user to choose files; empty when they cancel or it is not possible here. */
  pickFiles(options: { title: string; multiple: boolean }): Promise<string[]>;
}
