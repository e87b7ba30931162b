import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activity';
import {
  addManualActivity,
  deleteActivity,
  hideActivity,
  listStoredActivities,
  saveActivity,
  storedActivityFor,
  type ActivityFields,
} from '../../../../renderer/src/db/activities-table';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import { InvalidRecordError } from '../../../../renderer/src/db/errors';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

const workshop: ActivityFields = {
  date: '2024-03-06',
  type: 'workshop',
  employer: 'WorkSource Seattle',
  contactPerson: 'Ana Peña',
  contactMethod: 'In person',
  position: '',
  result: 'Attended resume workshop',
  jobId: null,
};
const derived: Activity = {
  id: 'stage-change:abc123',
  date: '2024-03-05',
  type: 'application',
  employer: 'Diner',
  contactPerson: '',
  contactMethod: 'Indeed',
  position: 'Cook',
  result: '',
  source: { kind: 'stage-change', id: 'abc123' },
  jobId: 'job-000001',
  outcome: 'applied',
};

describe('stored activities', () => {
  it('adds, edits and deletes a manual activity', async () => {
    db = freshDb();
    const added = await addManualActivity(db, workshop);
    expect(added).toMatchObject({ ...workshop, source: { kind: 'manual' }, hidden: false, outcome: null });
    expect(added.id).toBe(`manual:${added.source.id}`);
    const edited = await saveActivity(db, added, { result: 'Attended; got a certificate' });
    expect(edited).toMatchObject({ result: 'Attended; got a certificate', createdAt: added.createdAt });
    await deleteActivity(db, added.id);
    expect(await listStoredActivities(db)).toEqual([]);
    await expect(deleteActivity(db, added.id)).rejects.toThrow(/no longer/);
  });

  it('refuses a type that does not count, or a bad date', async () => {
    db = freshDb();
    await expect(addManualActivity(db, { ...workshop, type: 'nap' as never })).rejects.toThrow(InvalidRecordError);
    await expect(addManualActivity(db, { ...workshop, date: '03/06/2024' })).rejects.toThrow(/date/);
  });

  it('stores the user’s edit of a derived activity under its id and source', async () => {
    db = freshDb();
    await saveActivity(db, derived, { result: 'Waiting', contactMethod: 'Online (Indeed)' });
    const stored = await storedActivityFor(db, derived.source);
    expect(stored).toMatchObject({ id: derived.id, result: 'Waiting', contactMethod: 'Online (Indeed)', hidden: false, position: 'Cook' });
    await expect(saveActivity(db, derived, { source: { kind: 'manual', id: 'x' } } as never)).rejects.toThrow(InvalidRecordError);
  });

  it('hides a derived activity and shows it again when the hide is deleted', async () => {
    db = freshDb();
    await hideActivity(db, derived);
    expect((await storedActivityFor(db, derived.source))?.hidden).toBe(true);
    await deleteActivity(db, derived.id);
    expect(await storedActivityFor(db, derived.source)).toBeUndefined();
    const manual = await addManualActivity(db, workshop);
    await expect(hideActivity(db, manual)).rejects.toThrow(/Delete/);
  });
});
