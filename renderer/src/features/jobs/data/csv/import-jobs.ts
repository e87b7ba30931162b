import { appliedDate, currentStage, employerKey, JobSchema, StageChangeSchema, type JobFields, type StageChange } from '../../../../../../shared/domain/jobs';
import { foldForSearch } from '../../../../../../shared/domain/text/fold';
import type { CareerDb } from '../../../../db/career-db';
import { newId, nowIso } from '../../../../db/clock';
import { validate } from '../../../../db/errors';
import { toContactRow, toJobRow, type ContactRow, type JobRow } from '../../../../db/rows';
import type { RowIssue } from './import-plan';
import type { ImportedJob } from './row-to-job';

/** What an import wrote. */
export interface ImportResult {
  added: number;
  /** Rows not written (already in the list), with the reason. */
  skipped: RowIssue[];
  /** Contacts made from names in a contacts column that matched nobody. */
  contactsCreated: number;
}

/** Options for importJobs. */
export interface ImportOptions {
  /** Jobs per transaction; each batch is all-or-nothing. */
  batchSize?: number;
  onProgress?: (rowsDone: number, total: number) => void;
  /** Stops between batches; the batches already written stay. */
  signal?: AbortSignal;
}

/**
 * What makes two jobs the same job: title, employer, place, link, job number and the day
 * applied. Two "Cashier" jobs at one employer in different towns, or applied for on
 * different days, stay two jobs; the same spreadsheet imported twice does not double the list.
 */
export function sameJobKey(job: Pick<JobFields, 'title' | 'employer' | 'location' | 'url' | 'jobNumber'>, appliedAt: string | null): string {
  return [foldForSearch(job.title), employerKey(job.employer), foldForSearch(job.location), job.url.trim(), job.jobNumber.trim(), appliedAt ?? ''].join('\u0001');
}

/**
 * Writes planned jobs with their timelines, ~1,000 per transaction (bulkAdd: it never
 * overwrites, so nothing already stored is harmed). A job whose id is already stored, or
 * that matches a stored job on every field of sameJobKey, is skipped. Contact ids that match nobody are dropped; then, unless every id matched, contact
 * names link to the contact with that name (ignoring case and accents) or create one.
 */
export async function importJobs(db: CareerDb, jobs: readonly ImportedJob[], options: ImportOptions = {}): Promise<ImportResult> {
  const batchSize = options.batchSize ?? 1000;
  const result: ImportResult = { added: 0, skipped: [], contactsCreated: 0 };
  const contacts = await db.contacts.toArray();
  const knownContacts = new Set(contacts.map((c) => c.id));
  const byName = new Map(contacts.map((c) => [foldForSearch(c.name), c.id]));
  const seenIds = new Set<string>();
  // The stored jobs of each employer are read once, at the first batch that names it, so
  // nothing this import wrote is among them: rows repeated within the file are all kept.
  const readEmployers = new Set<string>();
  const storedKeys = new Set<string>();
  for (let start = 0; start < jobs.length; start += batchSize) {
    if (options.signal?.aborted) break;
    const batch = jobs.slice(start, start + batchSize);
    const wanted = batch.map((j) => j.id).filter((id): id is string => id !== null);
    const stored = new Set((await db.jobs.bulkGet(wanted)).flatMap((j) => (j ? [j.id] : [])));
    const newEmployers = [...new Set(batch.map((j) => employerKey(j.fields.employer)))].filter((key) => !readEmployers.has(key));
    for (const key of newEmployers) readEmployers.add(key);
    for (const job of await db.jobs.where('employerKey').anyOf(newEmployers).toArray()) storedKeys.add(sameJobKey(job, job.appliedAt));
    const rows: JobRow[] = [];
    const changes: StageChange[] = [];
    const newContacts: ContactRow[] = [];
    for (const imported of batch) {
      const known = imported.id && (stored.has(imported.id) || seenIds.has(imported.id));
      if (known || storedKeys.has(sameJobKey(imported.fields, appliedDate(imported.history)))) {
        result.skipped.push({ row: imported.row, problem: { code: 'alreadyInList' } });
        continue;
      }
      const id = imported.id ?? newId();
      seenIds.add(id);
      const fileIds = imported.fields.contactIds;
      const linked = fileIds.filter((c) => knownContacts.has(c));
      // Names only when the ids don't all resolve (a file from another computer or a spreadsheet).
      const names = fileIds.length > 0 && linked.length === fileIds.length ? [] : imported.contactNames;
      for (const name of names) {
        const key = foldForSearch(name);
        let contactId = byName.get(key);
        if (!contactId) {
          const now = nowIso();
          const contact = toContactRow({ id: newId(), name, role: 'other', employer: imported.fields.employer, email: '', phone: '', notes: '', createdAt: now, updatedAt: now });
          newContacts.push(contact);
          byName.set(key, contact.id);
          knownContacts.add(contact.id);
          contactId = contact.id;
        }
        if (!linked.includes(contactId)) linked.push(contactId);
      }
      const { job, timeline } = buildRecords(imported, id, linked);
      rows.push(job);
      changes.push(...timeline);
    }
    await db.transaction('rw', db.jobs, db.stageChanges, db.contacts, async () => {
      await db.contacts.bulkAdd(newContacts);
      await db.jobs.bulkAdd(rows);
      await db.stageChanges.bulkAdd(changes);
    });
    result.added += rows.length;
    result.contactsCreated += newContacts.length;
    options.onProgress?.(Math.min(start + batchSize, jobs.length), jobs.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return result;
}

// One clock reading per job, plus a millisecond per step, keeps the file's order for steps on
// the same date without pushing 100,000 timestamps into the future.
function buildRecords(imported: ImportedJob, id: string, contactIds: string[]): { job: JobRow; timeline: StageChange[] } {
  const base = Date.now();
  const timeline = imported.history.map((entry, i) =>
    validate(
      StageChangeSchema,
      { id: newId(), jobId: id, stage: entry.stage, at: entry.at, note: entry.note, createdAt: new Date(base + i).toISOString(), ...(entry.dateUnknown ? { dateUnknown: true } : {}) },
      'stage change',
    ),
  );
  const latest = currentStage(timeline)!;
  const now = new Date(base).toISOString();
  const job = validate(
    JobSchema,
    { ...imported.fields, contactIds, id, stage: latest.stage, stageAt: latest.at, createdAt: imported.createdAt ?? now, updatedAt: imported.updatedAt ?? now },
    'job',
  );
  return { job: toJobRow(job, appliedDate(timeline)), timeline };
}
