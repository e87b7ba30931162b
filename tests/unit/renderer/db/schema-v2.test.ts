import { describe, expect, it } from 'vitest';
import { CareerDb } from '../../../../renderer/src/db/career-db';
import { addJob } from '../../../../renderer/src/db/jobs-table';
import { SCHEMA } from '../../../../renderer/src/db/schema';
import { createAtVersion } from '../../../support/dexie-versions';

describe('schema version 2 (jobs, stage changes, contacts, saved searches, activities)', () => {
  it('keeps versions 1 and 2 exactly as released', () => {
    expect(SCHEMA[0]).toEqual({ version: 1, stores: { meta: 'key' } });
    expect(SCHEMA[1]).toEqual({
      version: 2,
      stores: {
        jobs: 'id, stage, employerKey, createdAt, updatedAt, deadline, nextAction.due, *contactIds, *sentDocumentIds',
        stageChanges: 'id, jobId, [jobId+at], at',
        contacts: 'id, name, employerKey',
        savedSearches: 'id, name',
        activities: 'id, date, [source.kind+source.id]',
      },
    });
  });

  it('upgrades a version 1 database with data to the newest version, keeping its meta rows', async () => {
    const name = `upgrade-v1-${Date.now()}`;
    await createAtVersion(name, SCHEMA, 1, async (db) => {
      await db.table('meta').bulkPut([
        { key: 'first-run', value: '2026-01-05' },
        { key: 'sample-data', value: { loaded: true, ids: ['a', 'b'] } },
      ]);
    });
    const db = new CareerDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1].version);
    expect(await db.meta.get('sample-data')).toEqual({ key: 'sample-data', value: { loaded: true, ids: ['a', 'b'] } });
    expect(await db.meta.count()).toBe(2);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['activities', 'contacts', 'jobs', 'meta', 'savedSearches', 'stageChanges']));
    const job = await addJob(db, { title: 'Cook', employer: 'Diner' });
    expect(await db.jobs.where('employerKey').equals('diner').first()).toMatchObject({ id: job.id });
    db.close();
  });

  it('declares the indexes the queries use', async () => {
    const db = new CareerDb(`indexes-${Date.now()}`);
    await db.open();
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();
    expect(indexes('jobs')).toEqual(['contactIds', 'createdAt', 'deadline', 'employerKey', 'nextAction.due', 'sentDocumentIds', 'stage', 'updatedAt']);
    expect(db.table('jobs').schema.indexes.find((i) => i.name === 'contactIds')?.multi).toBe(true);
    expect(indexes('stageChanges')).toEqual(['[jobId+at]', 'at', 'jobId']);
    expect(indexes('contacts')).toEqual(['employerKey', 'name']);
    expect(indexes('savedSearches')).toEqual(['name']);
    expect(indexes('activities')).toEqual(['[source.kind+source.id]', 'date']);
    db.close();
  });
});
