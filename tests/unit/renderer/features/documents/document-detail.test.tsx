import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordingHost } from '../../../../support/recording-host';
import { chooseFiles, documentsInBackend, renderDocuments, textFile } from './support';

/** Adds one text resume and waits until its details are open. */
async function oneResume(text = 'Forklift operator, five years.') {
  const app = renderDocuments('/documents/resumes');
  await chooseFiles([textFile('Resume 2024.txt', text)]);
  const [doc] = await documentsInBackend(app.client, 1);
  await screen.findByRole('heading', { level: 2, name: doc.title });
  return { app, doc };
}

describe('Document details', () => {
  it('renames, tags and takes notes, and the backend keeps them', async () => {
    const { app, doc } = await oneResume();
    fireEvent.click(screen.getByRole('button', { name: 'Rename' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    fireEvent.change(title, { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Type a title for this document.')).toBeTruthy();
    fireEvent.change(title, { target: { value: 'Resume — warehouse' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Resume — warehouse' })).toBeTruthy();

    const tag = screen.getByRole('combobox', { name: 'New tag' });
    fireEvent.change(tag, { target: { value: '  warehouse   jobs ' } });
    fireEvent.submit(tag.closest('form')!);
    fireEvent.change(tag, { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    expect(await screen.findByRole('button', { name: 'Remove tag “2025”' })).toBeTruthy();

    const notes = screen.getByRole('textbox', { name: 'Notes' });
    fireEvent.focus(notes);
    fireEvent.change(notes, { target: { value: 'Sent to Acme on Monday.' } });
    fireEvent.blur(notes);
    expect(await screen.findByText('Saved')).toBeTruthy();

    await waitFor(async () => {
      const saved = await app.client.send('documents-get', { id: doc.id });
      expect(saved.title).toBe('Resume — warehouse');
      expect(saved.tags).toEqual(['warehouse jobs', '2025']);
      expect(saved.notes).toBe('Sent to Acme on Monday.');
    });

    fireEvent.click(screen.getByRole('button', { name: 'Remove tag “warehouse jobs”' }));
    await waitFor(async () => expect((await app.client.send('documents-get', { id: doc.id })).tags).toEqual(['2025']));
  });

  it('shows a text file in the preview and explains the file', async () => {
    await oneResume('Forklift operator, five years.');
    expect(await screen.findByText('Forklift operator, five years.')).toBeTruthy();
    expect(screen.getByText('Plain text', { selector: 'dd' })).toBeTruthy();
    expect(await screen.findByText('The words in this file can be searched.')).toBeTruthy();
  });

  it('deletes without asking, and Undo brings the document back', async () => {
    const { app, doc } = await oneResume();
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const toast = (await screen.findByText(`Deleted “${doc.title}”.`)).closest('.toast') as HTMLElement;
    await documentsInBackend(app.client, 0);
    expect(screen.queryByRole('heading', { level: 2, name: doc.title })).toBeNull();

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await documentsInBackend(app.client, 1);
    expect(await screen.findByRole('heading', { level: 2, name: doc.title })).toBeTruthy();
    expect(await screen.findByText(`Brought back “${doc.title}”.`)).toBeTruthy();
  });

  it('saves a tailored version based on the current one and can make the old one current again', async () => {
    const { app, doc } = await oneResume();
    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version based on this…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save as a new version' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save new version' }));
    expect(await within(dialog).findByText('Type a name for the new version.')).toBeTruthy();
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Name of the new version/ }), { target: { value: 'Warehouse lead' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save new version' }));

    await waitFor(async () => expect((await app.client.send('documents-get', { id: doc.id })).versions).toHaveLength(2));
    const items = await waitFor(() => {
      const found = document.querySelectorAll('.version');
      expect(found).toHaveLength(2);
      return Array.from(found) as HTMLElement[];
    });
    // Newest first, and the current one says so in words.
    expect(within(items[0]).getByText('Warehouse lead')).toBeTruthy();
    expect(within(items[0]).getByText('Current version')).toBeTruthy();
    expect(within(items[0]).getByText('Based on “Version 1”')).toBeTruthy();
    expect(within(items[1]).queryByText('Current version')).toBeNull();

    fireEvent.click(within(items[1]).getByRole('button', { name: 'Make current' }));
    await waitFor(async () => {
      const saved = await app.client.send('documents-get', { id: doc.id });
      expect(saved.currentVersionId).not.toBe(saved.versions.find((v) => v.label === 'Warehouse lead')?.id);
    });
  });

  it('offers Open and Show in folder only where the computer can do them', async () => {
    const host = recordingHost();
    const app = renderDocuments('/documents/resumes', host);
    await chooseFiles([textFile('cv.txt', 'cv')]);
    const [doc] = await documentsInBackend(app.client, 1);
    await screen.findByRole('heading', { level: 2, name: doc.title });
    fireEvent.click(within(screen.getByRole('group', { name: 'Actions' })).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(host.calls.some(([name]) => name === 'openPath')).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }));
    await waitFor(() => expect(host.calls.some(([name]) => name === 'showInFolder')).toBe(true));
    expect(screen.getByRole('link', { name: 'Download' }).getAttribute('href')).toMatch(/^\/files\/.+\?download=1$/);
  });

  it('hides Open and Show in folder when the computer cannot open files (browser mode)', async () => {
    renderDocuments('/documents/resumes', recordingHost({ capabilities: { pickFolder: false, openPath: false } }));
    await chooseFiles([textFile('cv.txt', 'cv')]);
    await screen.findByRole('link', { name: 'Download' });
    expect(screen.queryByRole('button', { name: 'Open' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Show in folder' })).toBeNull();
  });
});
