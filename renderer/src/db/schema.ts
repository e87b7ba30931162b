import type { Transaction } from 'dexie';
import { appliedDate, type StageChange } from '../../../shared/domain/jobs';
import { rangeSpanOf, type ScheduleEvent } from '../../../shared/domain/schedule';
import type { JobRow } from './rows';

/**
 * One step of the database's history. Versions are only ever added, never edited:
 * a user's IndexedDB may be at any older version and must upgrade through each step.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store definitions added or changed at this version; null deletes a table. */
  stores: Record<string, string | null>;
  /** Moves existing records to the new shape; runs once, inside the upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/** A small key-value table for app state that belongs with the records (first run, sample data markers). */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The app's schema history. Features append versions with their tables. */
export const SCHEMA: SchemaVersion[] = [
  { version: 1, stores: { meta: 'key' } },
  // The job pipeline (issue 4). Only new tables, so no upgrade step: version 1 data is untouched.
  // Fields after the key are indexes only; every other field is stored without being indexed.
  {
    version: 2,
    stores: {
      // employerKey: the reapply warning; nextAction.due and deadline: the dashboard's due lists;
      // *contactIds and *sentDocumentIds (multi-entry): a contact's and a document's jobs.
      jobs: 'id, stage, employerKey, createdAt, updatedAt, deadline, nextAction.due, *contactIds, *sentDocumentIds',
      // at: the activity log reads a date range; [jobId+at]: one job's timeline in order.
      stageChanges: 'id, jobId, [jobId+at], at',
      contacts: 'id, name, employerKey',
      savedSearches: 'id, name',
      // Manual activities and the user's edits of derived ones, found by the record they came from.
      activities: 'id, date, [source.kind+source.id]',
    },
  },
  // Letters and the message center (issue 5). New tables only.
  {
    version: 3,
    stores: {
      letters: 'id, type, status, jobId, contactId, updatedAt',
      messages: 'id, jobId, contactId, at, letterId',
      profile: 'id',
    },
  },
  // My schedule (issue 6). New tables only.
  {
    version: 4,
    stores: {
      // rangeStartUtc and rangeEndUtc: a view reads the events that can touch its window;
      // uid: an import updates rather than duplicates; override.seriesId: a series' edited occurrences.
      events: 'id, uid, rangeStartUtc, rangeEndUtc, jobId, contactId, override.seriesId',
    },
  },
  // My schedule reads a window in two parts (short ranges near it, and every long one), so a
  // month reads the few hundred events that can touch it rather than a third of the calendar.
  {
    version: 5,
    stores: {
      events: 'id, uid, rangeStartUtc, rangeEndUtc, jobId, contactId, override.seriesId, [rangeSpan+rangeStartUtc]',
    },
    upgrade: async (tx) => {
      await tx
        .table<ScheduleEvent, string>('events')
        .toCollection()
        .modify((event) => {
          event.rangeSpan = rangeSpanOf(event.rangeStartUtc, event.rangeEndUtc);
        });
    },
  },
  // Each job keeps the day it was applied for (appliedAt, from its timeline), so the table
  // shows, sorts and filters it without reading every timeline. No new index.
  {
    version: 6,
    stores: {},
    upgrade: async (tx) => {
      const steps = await tx.table<StageChange, string>('stageChanges').toArray();
      const byJob = new Map<string, StageChange[]>();
      for (const step of steps) {
        const list = byJob.get(step.jobId);
        if (list) list.push(step);
        else byJob.set(step.jobId, [step]);
      }
      await tx
        .table<JobRow, string>('jobs')
        .toCollection()
        .modify((job) => {
          job.appliedAt = appliedDate(byJob.get(job.id) ?? []);
        });
    },
  },
];
