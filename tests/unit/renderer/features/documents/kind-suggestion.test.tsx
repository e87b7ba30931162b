import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderDocuments } from './support';

describe('kind suggested from the words inside', () => {
  it('offers to move a letter added to Documents, and forgets the offer when the user keeps it', async () => {
    const app = renderDocuments('/documents/other');
    const letter = new File(['Dear Hiring Manager,\n\nI am writing to apply for the role.\n\nSincerely,\nSam'], 'Acme.txt', { type: 'text/plain' });
    const report = await app.client.importFiles([{ file: letter, name: 'Acme.txt' }], { batchId: 'batch-suggest', kind: 'other' });
    const id = (report.outcomes[0] as { documentId: string }).documentId;
    await waitFor(async () => expect((await app.client.send('documents-get', { id })).suggestedKind).toBe('cover-letter'), { timeout: 5000 });
    fireEvent.click(await screen.findByRole('option', { name: /Acme/ }));
    expect(await screen.findByText('This looks like a cover letter.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move to Cover letters' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it here' }));
    await waitFor(() => expect(screen.queryByText('This looks like a cover letter.')).toBeNull());
    expect((await app.client.send('documents-get', { id })).suggestedKind).toBeUndefined();
  });
});
