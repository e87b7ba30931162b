import { SentDocumentSchema, type SentDocument } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { nowIso } from './clock';
import { RecordNotFoundError, validate } from './errors';
import { fromJobRow, toJobRow, type JobRow } from './rows';

async function changeSent(db: CareerDb, jobId: string, change: (sent: SentDocument[]) => SentDocument[]): Promise<JobRow> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new RecordNotFoundError('This job is no longer in your list.');
    const next = toJobRow({ ...fromJobRow(job), sentDocuments: change(job.sentDocuments), updatedAt: nowIso() }, job.appliedAt);
    await db.jobs.put(next);
    return next;
  });
}

const same = (a: SentDocument, b: Pick<SentDocument, 'documentId' | 'versionId'>) => a.documentId === b.documentId && a.versionId === b.versionId;

/** Records that this exact document version went with the application (again: the date is updated). */
export async function recordSentDocument(db: CareerDb, jobId: string, sent: SentDocument): Promise<JobRow> {
  const valid = validate(SentDocumentSchema, sent, 'sent document');
  return changeSent(db, jobId, (list) => [...list.filter((s) => !same(s, valid)), valid]);
}

/** Forgets that a document version was sent with this job. */
export function removeSentDocument(db: CareerDb, jobId: string, which: Pick<SentDocument, 'documentId' | 'versionId'>): Promise<JobRow> {
  return changeSent(db, jobId, (list) => list.filter((s) => !same(s, which)));
}

/** The jobs any version of a document was sent with (the document page's "sent to"), through the index. */
export function jobsForDocument(db: CareerDb, documentId: string): Promise<JobRow[]> {
  return db.jobs.where('sentDocumentIds').equals(documentId).toArray();
}
