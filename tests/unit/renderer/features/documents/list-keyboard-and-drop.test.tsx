import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { chooseFiles, documentsInBackend, options, renderDocuments, textFile } from './support';

const fileDrag = (files: File[] = []) => ({ dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
const overlay = () => document.querySelector('.drop-overlay');

describe('Documents list by keyboard', () => {
  it('moves with the arrow keys, Home and End, keeps one tab stop, and Enter opens the details', async () => {
    const app = renderDocuments('/documents/resumes');
    await chooseFiles([textFile('A.txt', 'a'), textFile('B.txt', 'b'), textFile('C.txt', 'c')]);
    await documentsInBackend(app.client, 3);
    await waitFor(() => expect(options()).toHaveLength(3));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'name' } });
    await waitFor(() => expect(options().map((o) => o.textContent)).toEqual([expect.stringMatching(/^A/), expect.stringMatching(/^B/), expect.stringMatching(/^C/)]));

    fireEvent.click(options()[0]);
    await waitFor(() => expect(options()[0].getAttribute('aria-selected')).toBe('true'));
    options()[0].focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(options()[1]));
    expect(options()[1].getAttribute('aria-selected')).toBe('true'); // wide window: the details follow
    expect(options().filter((o) => o.tabIndex === 0)).toEqual([options()[1]]);
    await screen.findByRole('heading', { level: 2, name: options()[1].querySelector('.doc-option__title')!.textContent! });

    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(options()[2]));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options()[2]); // stays at the end, no wrap
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    await waitFor(() => expect(document.activeElement).toBe(options()[0]));
    expect(options()[0].getAttribute('aria-posinset')).toBe('1');
    expect(options()[0].getAttribute('aria-setsize')).toBe('3');

    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(document.activeElement?.classList.contains('detail__title')).toBe(true));
  });

  it('shows the same documents as a grid', async () => {
    const app = renderDocuments('/documents/resumes');
    await chooseFiles([textFile('A.txt', 'a'), textFile('B.txt', 'b')]);
    await documentsInBackend(app.client, 2);
    fireEvent.click(await screen.findByRole('button', { name: 'Grid' }));
    expect(screen.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('listbox').classList.contains('doc-list--grid')).toBe(true);
    expect(options()).toHaveLength(2);
    expect(localStorage.getItem('career-organizer.documents-view')).toBe('grid');
  });
});

describe('Keyboard shortcut', () => {
  it('N opens the file picker, except while typing', async () => {
    renderDocuments('/documents/resumes');
    await screen.findByRole('heading', { level: 2, name: 'Add your resume' });
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLInputElement).type).toBe('file');
    await chooseFiles([textFile('A.txt', 'a')]);
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    fireEvent.keyDown(search, { key: 'n' });
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });
});

describe('Dropping files on the window', () => {
  it('shows the overlay while files are dragged over, through nested elements, and hides it when they leave', async () => {
    renderDocuments('/documents/resumes');
    await screen.findByRole('heading', { level: 2, name: 'Add your resume' });
    fireEvent.dragEnter(window, fileDrag());
    expect(overlay()?.textContent).toContain('Drop files to add them to Resumes');
    fireEvent.dragEnter(window, fileDrag()); // into a child element
    fireEvent.dragLeave(window, fileDrag()); // out of it again
    expect(overlay()).not.toBeNull();
    fireEvent.dragLeave(window, fileDrag());
    expect(overlay()).toBeNull();
  });

  it('ignores drags that carry no files (text, links)', async () => {
    renderDocuments('/documents/resumes');
    await screen.findByRole('heading', { level: 2, name: 'Add your resume' });
    fireEvent.dragEnter(window, { dataTransfer: { types: ['text/plain'] } });
    expect(overlay()).toBeNull();
  });

  it('adds the dropped files to the area being shown', async () => {
    const app = renderDocuments('/documents/other');
    await screen.findByRole('heading', { level: 2, name: 'Add your documents' });
    fireEvent.dragEnter(window, fileDrag());
    fireEvent.dragOver(window, fileDrag());
    fireEvent.drop(window, fileDrag([textFile('Certificate.txt', 'OSHA 10'), textFile('Reference.txt', 'Ms. Lee')]));
    expect(overlay()).toBeNull();
    const docs = await documentsInBackend(app.client, 2);
    expect(docs.every((d) => d.kind === 'other')).toBe(true);
    await waitFor(() => expect(options()).toHaveLength(2));
    expect(await screen.findByText('Added 2 files.')).toBeTruthy();
  });
});
