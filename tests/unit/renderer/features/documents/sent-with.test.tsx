import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addJob, getDb, recordSentDocument } from '../../../../../renderer/src/db';
import { renderDocuments } from './support';

describe('where a document was sent', () => {
  it('lists each job it went with, which version and when, linking to the job', async () => {
    const app = renderDocuments('/documents/resumes');
    const report = await app.client.importFiles([{ file: new File(['Forklift operator'], 'Resume.txt'), name: 'Resume.txt' }], { batchId: 'batch-sent', kind: 'resume' });
    const added = report.outcomes[0] as { documentId: string; versionId: string };
    const job = await addJob(getDb(), { title: 'Warehouse lead', employer: 'Acme', stage: 'applied' });
    await recordSentDocument(getDb(), job.id, { documentId: added.documentId, versionId: added.versionId, sentAt: '2026-11-20' });
    fireEvent.click(await screen.findByRole('option', { name: /Resume/ }));
    const link = await screen.findByRole('link', { name: 'Warehouse lead — Acme' });
    expect(link.getAttribute('href')).toBe(`#/jobs/${job.id}`);
    expect(screen.getByText(/Version 1, sent Nov 20, 2026 · now Applied/)).toBeTruthy();
  });
});
