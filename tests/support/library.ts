import fs from 'node:fs';
import path from 'node:path';
import type { Backend } from '../../electron/backend';
import type { ImportReport, LibraryDocument, SearchHit } from '../../shared/contract';
import { makeTempDir, startTestBackend } from './backend';
import { recordingHost } from './recording-host';

/** A backend with a library in a temp folder, and short helpers to call it. */
export function libraryHarness() {
  const temp = makeTempDir('co-lib-');
  const sources = path.join(temp.dir, 'sources');
  fs.mkdirSync(sources);
  const host = recordingHost();
  let backend: Backend = startTestBackend(path.join(temp.dir, 'data'), host);
  const libraryDir = path.join(temp.dir, 'data', 'Career Organizer');

  const call = async <T>(name: string, args: unknown = {}): Promise<T> => {
    const reply = await backend.dispatch({ id: 1, name, args });
    if (reply.type === 'error') throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.result as T;
  };
  /** Writes a file to the sources folder and returns its path. */
  const source = (name: string, content: string | Uint8Array) => {
    const file = path.join(sources, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };
  const importPaths = (paths: string[], options: Record<string, unknown> = {}) => call<ImportReport>('documents-import-paths', { paths, ...options });
  const list = () => call<LibraryDocument[]>('documents-list');
  const search = (query: string, extra: Record<string, unknown> = {}) => call<SearchHit[]>('documents-search', { query, ...extra });
  /** Waits until every version's text has been read (or given up on). */
  const idle = async () => {
    for (let i = 0; i < 200; i++) {
      const docs = await list();
      if (docs.every((d) => d.versions.every((v) => v.textStatus !== 'pending'))) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const restart = async () => {
    await backend.close();
    backend = startTestBackend(path.join(temp.dir, 'data'), host);
  };
  const cleanup = async () => {
    await backend.close().catch(() => undefined);
    await temp.cleanup();
  };
  return { get backend() { return backend; }, host, call, source, importPaths, list, search, idle, restart, cleanup, libraryDir, sources, root: temp.dir };
}

/** The real-world fixtures beside the repository, or null (tests then skip, naming the folder). */
export function realFixtures(kind: 'pdf' | 'docx' | 'ics'): string | null {
  const dir = path.resolve(process.cwd(), '../shared/fixtures/real', kind);
  return fs.existsSync(dir) ? dir : null;
}
