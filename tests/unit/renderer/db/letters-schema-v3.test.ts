import { describe, expect, it } from 'vitest';
import { CareerDb } from '../../../../renderer/src/db/career-db';
import { createLetter, lettersForJob } from '../../../../renderer/src/db/letters-table';
import { addMessage, messagesBetween } from '../../../../renderer/src/db/messages-table';
import { SCHEMA } from '../../../../renderer/src/db/schema';
import { createAtVersion } from '../../../support/dexie-versions';

// Version 3 alone, whatever later versions add: this test is about the letters' step.
const UP_TO_3 = SCHEMA.filter((v) => v.version <= 3);

describe('schema version 3 (letters, messages, profile)', () => {
  it('only adds tables: a version 2 database keeps its jobs and contacts', async () => {
    expect(SCHEMA.find((v) => v.version === 3)).toEqual({
      version: 3,
      stores: { letters: 'id, type, status, jobId, contactId, updatedAt', messages: 'id, jobId, contactId, at, letterId', profile: 'id' },
    });
    const name = `upgrade-v2-${Date.now()}`;
    await createAtVersion(name, SCHEMA, 2, async (db) => {
      await db.table('jobs').put({ id: 'job0000001', title: 'Cook', employer: 'Diner', stage: 'saved' });
      await db.table('contacts').put({ id: 'contact001', name: 'Ana', employerKey: 'diner' });
    });
    const db = new CareerDb(name, UP_TO_3);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.jobs.get('job0000001')).toMatchObject({ title: 'Cook' });
    expect(await db.contacts.count()).toBe(1);
    for (const table of ['letters', 'messages', 'profile']) expect(await db.table(table).count()).toBe(0);
    db.close();
  });

  it('declares the indexes the letters and the message center read through', async () => {
    const db = new CareerDb(`letters-indexes-${Date.now()}`, UP_TO_3);
    await db.open();
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name).sort();
    expect(indexes('letters')).toEqual(['contactId', 'jobId', 'status', 'type', 'updatedAt']);
    expect(indexes('messages')).toEqual(['at', 'contactId', 'jobId', 'letterId']);
    expect(db.table('profile').schema.primKey.name).toBe('id');
    // The reads that depend on them.
    await createLetter(db, { type: 'follow-up', language: 'en', jobId: 'job0000001', step: 'timing' });
    expect(await lettersForJob(db, 'job0000001')).toHaveLength(1);
    await addMessage(db, { direction: 'sent', channel: 'phone', at: '2025-03-04', jobId: null, contactId: null, subject: 'Call', summary: '' });
    expect(await messagesBetween(db, '2025-03-04', '2025-03-04')).toHaveLength(1);
    db.close();
  });
});
