import { appliedDate, buildTimeline, STAGE_LABELS_EN, type Contact, type Job, type StageChange } from '../../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../db/career-db';
import { fromJobRow } from '../../../../db/rows';
import { toCsv, type CsvCell, type CsvOutput, type CsvWriteOptions } from './csv-write';
import { EXPORT_HEADERS, type ImportField } from './job-columns';
import { encodeSentDocuments, encodeStageHistory } from './list-cells';

const WORKPLACE_LABELS = { remote: 'Remote', hybrid: 'Hybrid', 'on-site': 'On-site' } as const;

/** One job as export cells, by field. Pay amounts stay numbers; everything else is text. */
function jobCells(job: Job, timeline: StageChange[], contacts: ReadonlyMap<string, Pick<Contact, 'name'>>): Record<ImportField, CsvCell> {
  return {
    title: job.title,
    employer: job.employer,
    location: job.location,
    workplace: job.workplace ? WORKPLACE_LABELS[job.workplace] : '',
    payMin: job.pay?.min ?? null,
    payMax: job.pay?.max ?? null,
    pay: null,
    payPeriod: job.pay?.period ?? '',
    currency: job.pay?.currency ?? '',
    source: job.source,
    url: job.url,
    jobNumber: job.jobNumber,
    postedAt: job.postedAt ?? '',
    deadline: job.deadline ?? '',
    stage: STAGE_LABELS_EN[job.stage],
    stageAt: job.stageAt,
    appliedAt: appliedDate(timeline) ?? '',
    nextAction: job.nextAction?.text ?? '',
    nextActionDue: job.nextAction?.due ?? '',
    description: job.description,
    notes: job.notes,
    contactNames: job.contactIds.flatMap((id) => contacts.get(id)?.name ?? []).join('\n'),
    sentDocuments: encodeSentDocuments(job.sentDocuments),
    stageHistory: encodeStageHistory(timeline.map((c) => ({ ...c, dateUnknown: c.dateUnknown === true }))),
    contactIds: job.contactIds.join('\n'),
    id: job.id,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
  };
}

/**
 * Jobs as a CSV file with every field, the stage and its date, the date applied and the whole
 * timeline, readable in Excel and LibreOffice and importable again without loss.
 */
export function jobsToCsv(
  jobs: readonly Job[],
  changes: readonly StageChange[],
  contacts: readonly Pick<Contact, 'id' | 'name'>[],
  options?: CsvWriteOptions,
): CsvOutput {
  const byJob = new Map<string, StageChange[]>();
  for (const change of changes) {
    const list = byJob.get(change.jobId);
    if (list) list.push(change);
    else byJob.set(change.jobId, [change]);
  }
  const contactsById = new Map(contacts.map((c) => [c.id, c]));
  const rows = jobs.map((job) => {
    const cells = jobCells(job, buildTimeline(byJob.get(job.id) ?? []), contactsById);
    return EXPORT_HEADERS.map(([field]) => cells[field]);
  });
  return toCsv(EXPORT_HEADERS.map(([, header]) => header), rows, options);
}

/** Every job in the database (or those with `ids`) as CSV. */
export async function exportJobsCsv(db: CareerDb, options: CsvWriteOptions & { ids?: readonly string[] } = {}): Promise<CsvOutput> {
  const rows = options.ids ? (await db.jobs.bulkGet([...options.ids])).filter((j) => j !== undefined) : await db.jobs.orderBy('createdAt').toArray();
  const changes = options.ids ? await db.stageChanges.where('jobId').anyOf([...options.ids]).toArray() : await db.stageChanges.toArray();
  return jobsToCsv(rows.map(fromJobRow), changes, await db.contacts.toArray(), options);
}
