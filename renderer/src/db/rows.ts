import { employerKey, searchText, type CalendarDate, type Contact, type Job } from '../../../shared/domain/jobs';

/**
 * A job as stored in Dexie: the domain Job plus keys derived from it, kept in step on
 * every write so lists, the reapply warning and the document page need no scan.
 */
export interface JobRow extends Job {
  /** employerKey(employer): "ACME, Inc." and "Acme" share it. Indexed. */
  employerKey: string;
  /** Folded title, employer, location, source, job number and notes for free-text search. */
  searchText: string;
  /** The document ids in sentDocuments, for the multi-entry index behind "where was this sent". */
  sentDocumentIds: string[];
  /**
   * The day the user applied (appliedDate of the timeline), kept by every write to the job's
   * timeline: the table shows and sorts it for 10,000 jobs without reading 40,000 steps.
   */
  appliedAt: CalendarDate | null;
}

/** A contact as stored, with its employer key for "people at this employer". */
export interface ContactRow extends Contact {
  employerKey: string;
}

/** Adds the derived keys to a job; `appliedAt` comes from its timeline (appliedDate). */
export function toJobRow(job: Job, appliedAt: CalendarDate | null): JobRow {
  return {
    ...job,
    employerKey: employerKey(job.employer),
    searchText: searchText(job),
    sentDocumentIds: [...new Set(job.sentDocuments.map((d) => d.documentId))],
    appliedAt,
  };
}

/** The domain job without the stored keys (for exports and comparisons). */
export function fromJobRow(row: JobRow): Job {
  const { employerKey: _key, searchText: _text, sentDocumentIds: _ids, appliedAt: _applied, ...job } = row;
  return job;
}

/** Adds the employer key to a contact. */
export function toContactRow(contact: Contact): ContactRow {
  return { ...contact, employerKey: employerKey(contact.employer) };
}
