import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseFiles, documentsInBackend, options, renderDocuments, textFile, textRead } from './support';

describe('Documents pages', () => {
  it('teaches the first step when there is nothing yet', async () => {
    renderDocuments('/documents/resumes');
    expect(await screen.findByRole('heading', { level: 1, name: 'Resumes' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add your resume' })).toBeTruthy();
    expect(screen.getByText(/so it’s ready whenever you apply/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Add files' }).length).toBeGreaterThan(0);
    expect(screen.getByRole('link', { name: 'Resumes' }).getAttribute('aria-current')).toBe('page');
  });

  it('lists files chosen with Add files, and opens the one just added', async () => {
    const app = renderDocuments('/documents/cover-letters');
    await screen.findByRole('heading', { level: 2, name: 'Add a cover letter' });
    await chooseFiles([textFile('Letter to Acme.txt', 'Dear hiring manager')]);
    const [doc] = await documentsInBackend(app.client, 1);
    expect(doc.kind).toBe('cover-letter');
    expect(await screen.findByRole('option', { name: doc.title })).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe(`#/documents/cover-letters/${doc.id}`));
    expect(await screen.findByRole('heading', { level: 2, name: doc.title })).toBeTruthy();
    expect(await screen.findByText('Added 1 file.')).toBeTruthy();

    await chooseFiles([textFile('a.txt', 'one'), textFile('b.txt', 'two'), textFile('a copy.txt', 'one')]);
    await documentsInBackend(app.client, 3);
    await waitFor(() => expect(options()).toHaveLength(3));
    const toast = await screen.findByText(/Added 2 files\. 1 was already in your library \(it matches “.+”\)\./);
    fireEvent.click(within(toast.closest('.toast') as HTMLElement).getByRole('button', { name: 'See details' }));
    const dialog = await screen.findByRole('dialog', { name: 'What happened to your files' });
    expect(within(dialog).getByText('a copy.txt')).toBeTruthy();
  });

  it('finds words inside a file and marks them in the snippet', async () => {
    const app = renderDocuments('/documents/resumes');
    await chooseFiles([
      textFile('Warehouse.txt', 'Five years of forklift operation and inventory control.'),
      textFile('Office.txt', 'Scheduling, phones and spreadsheets.'),
    ]);
    await documentsInBackend(app.client, 2);
    await textRead(app.client);
    fireEvent.change(await screen.findByRole('searchbox', { name: 'Search' }), { target: { value: 'forklift' } });
    await waitFor(() => expect(options()).toHaveLength(1));
    const marks = options()[0].querySelectorAll('mark');
    expect(Array.from(marks, (m) => m.textContent?.toLowerCase())).toContain('forklift');
    expect(screen.getByText('1 document matches “forklift”.')).toBeTruthy();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'zebra crossing' } });
    expect(await screen.findByText('No documents match “zebra crossing”.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show all documents' }));
    await waitFor(() => expect(options()).toHaveLength(2));
  });

  it('follows documents added elsewhere (documents-changed)', async () => {
    const app = renderDocuments('/documents/other');
    await screen.findByRole('heading', { level: 2, name: 'Add your documents' });
    await act(async () => {
      await app.client.importFiles([{ file: textFile('Forklift certificate.txt', 'certified'), name: 'Forklift certificate.txt' }], {
        batchId: 'other-window-1',
        kind: 'other',
      });
    });
    expect(await screen.findByRole('option', { name: /Forklift certificate/ })).toBeTruthy();
  });
});

describe('Import progress', () => {
  it('counts files as they come in, and Cancel stops the rest', async () => {
    const app = renderDocuments('/documents/resumes');
    await screen.findByRole('heading', { level: 2, name: 'Add your resume' });
    const files = Array.from({ length: 40 }, (_, i) => textFile(`Resume ${i}.txt`, `resume number ${i} ${'x'.repeat(20_000)}`));
    await chooseFiles(files);
    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuemax')).toBe('40');
    expect(screen.getByText('Adding 40 files.')).toBeTruthy();
    await waitFor(() => expect(Number(bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0));
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^\d+ of 40 files$/);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText(/^You stopped adding files\. Added \d+ files?\./)).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const docs = await app.client.send('documents-list', {});
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThan(40);
  });
});
