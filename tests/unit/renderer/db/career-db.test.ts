import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { CareerDb } from '../../../../renderer/src/db/career-db';
import { SCHEMA, type SchemaVersion } from '../../../../renderer/src/db/schema';
import { createAtVersion } from '../../../support/dexie-versions';

let counter = 0;
const freshName = () => `career-db-test-${Date.now()}-${counter++}`;

// A history like the ones features will write: v2 adds a table and splits a field.
const HISTORY: SchemaVersion[] = [
  { version: 1, stores: { meta: 'key', jobs: '++id, stage' } },
  {
    version: 2,
    stores: { jobs: '++id, stage, employer', contacts: '++id, name' },
    upgrade: async (tx) => {
      await tx
        .table('jobs')
        .toCollection()
        .modify((job: { title: string; employer?: string }) => {
          const [title, employer] = job.title.split(' at ');
          job.title = title;
          job.employer = employer ?? '';
        });
    },
  },
];

describe('CareerDb', () => {
  it('opens the current schema and stores meta records', async () => {
    const db = new CareerDb(freshName());
    await db.meta.put({ key: 'first-run', value: '2026-11-26' });
    expect(await db.meta.get('first-run')).toEqual({ key: 'first-run', value: '2026-11-26' });
    expect(db.verno).toBe(SCHEMA[SCHEMA.length - 1].version);
    db.close();
  });

  it('upgrades a database an older release left behind, keeping and reshaping its data', async () => {
    const name = freshName();
    await createAtVersion(name, HISTORY, 1, async (db) => {
      await db.table('jobs').bulkAdd([
        { title: 'Forklift operator at Acme', stage: 'applied' },
        { title: 'Cashier', stage: 'saved' },
      ]);
      await db.table('meta').put({ key: 'kept', value: true });
    });

    const db = new CareerDb(name, HISTORY);
    await db.open();
    expect(db.verno).toBe(2);
    const jobs = await db.table('jobs').orderBy('id').toArray();
    expect(jobs).toMatchObject([
      { title: 'Forklift operator', employer: 'Acme', stage: 'applied' },
      { title: 'Cashier', employer: '', stage: 'saved' },
    ]);
    expect(await db.table('jobs').where('employer').equals('Acme').count()).toBe(1);
    expect(await db.table('meta').get('kept')).toEqual({ key: 'kept', value: true });
    expect(db.tables.map((t) => t.name).sort()).toEqual(['contacts', 'jobs', 'meta']);
    db.close();
  });

  it('refuses a schema history whose versions do not go up', () => {
    const broken: SchemaVersion[] = [
      { version: 2, stores: { meta: 'key' } },
      { version: 2, stores: { jobs: '++id' } },
    ];
    expect(() => new CareerDb(freshName(), broken)).toThrow(/go up/);
  });

  it('the helper refuses a version that does not exist', async () => {
    await expect(createAtVersion(freshName(), HISTORY, 7, async () => undefined)).rejects.toThrow(/no schema version 7/);
  });

  it('keeps data across closing and reopening (no accidental reset)', async () => {
    const name = freshName();
    const first = new CareerDb(name);
    await first.meta.put({ key: 'k', value: 1 });
    first.close();
    const second = new CareerDb(name);
    expect(await second.meta.get('k')).toEqual({ key: 'k', value: 1 });
    second.close();
    await Dexie.delete(name);
  });
});
