import fs from 'node:fs/promises';
import path from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import type { LibraryDocument } from '../../../../../shared/contract';
import type { Client } from '../../../../../renderer/src/api/client';
import { useDocuments } from '../../../../../renderer/src/features/documents/store';
import { useImports } from '../../../../../renderer/src/features/documents/importing/import-store';
import { recordingHost } from '../../../../support/recording-host';
import { renderApp } from '../../../../support/render-app';

type App = ReturnType<typeof renderApp>;

let current: App | null = null;
afterEach(async () => {
  await current?.cleanup();
  current = null;
  vi.unstubAllGlobals();
  localStorage.clear();
});

/**
 * The whole app at a documents route over the real backend, with /files/<id>/<version>
 * answered from the library folder (the host does that in the real app).
 */
export function renderDocuments(route = '/documents/resumes', host = recordingHost()): App {
  useDocuments.setState({ byId: {}, loaded: false, loadError: null, view: 'list', sort: 'changed' });
  useImports.setState({ batches: [], details: null });
  current = renderApp(route, host);
  const app = current;
  vi.stubGlobal('fetch', async (input: string) => {
    const match = /^\/files\/([^/?]+)\/([^/?]+)/.exec(String(input));
    if (!match) return new Response('Not found', { status: 404 });
    const doc = await app.client.send('documents-get', { id: decodeURIComponent(match[1]) });
    const version = doc.versions.find((v) => v.id === decodeURIComponent(match[2]));
    if (!version) return new Response('Not found', { status: 404 });
    const { libraryDir } = await app.client.send('settings-get', {});
    return new Response(new Uint8Array(await fs.readFile(path.join(libraryDir, version.file))), { status: 200 });
  });
  return app;
}

/** A small text file as the browser would hand it over. */
export function textFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/plain' });
}

/** Chooses files in the page's hidden "Add files" input, as the browser's picker would. */
export async function chooseFiles(files: File[]): Promise<void> {
  const [input] = await screen.findAllByLabelText<HTMLInputElement>('Add files', { selector: 'input[type=file]' });
  fireEvent.change(input, { target: { files } });
}

/** Waits until the backend lists `count` documents and returns them. */
export async function documentsInBackend(client: Client, count: number): Promise<LibraryDocument[]> {
  let docs: LibraryDocument[] = [];
  await waitFor(
    async () => {
      docs = await client.send('documents-list', {});
      if (docs.length !== count) throw new Error(`${docs.length} documents, waiting for ${count}`);
    },
    { timeout: 5000 },
  );
  return docs;
}

/** Waits until every version's text has been read (extraction runs after the import). */
export async function textRead(client: Client): Promise<void> {
  await waitFor(
    async () => {
      const docs = await client.send('documents-list', {});
      if (docs.some((d) => d.versions.some((v) => v.textStatus === 'pending'))) throw new Error('text still pending');
    },
    { timeout: 5000 },
  );
}

/** The options of the documents list (not the <option>s of the selects), in order. */
export function options(): HTMLElement[] {
  const list = screen.queryByRole('listbox');
  return list ? within(list).queryAllByRole('option') : [];
}
