import { afterEach, describe, expect, it } from 'vitest';
import type { Activity } from '../../../../../../shared/domain/activity';
import { addManualActivity, hideActivity, saveActivity } from '../../../../../../renderer/src/db/activities-table';
import type { CareerDb } from '../../../../../../renderer/src/db/career-db';
import { addContact, linkContact } from '../../../../../../renderer/src/db/contacts-table';
import { addJob } from '../../../../../../renderer/src/db/jobs-table';
import { deleteStageChange, editStageChange, moveJobToStage } from '../../../../../../renderer/src/db/stage-changes-table';
import { activityWeeks, collectActivities } from '../../../../../../renderer/src/features/jobs/data/activity-log';
import { activitySources, registerActivitySource } from '../../../../../../renderer/src/features/jobs/data/activity-sources';
import { exportActivitiesCsv } from '../../../../../../renderer/src/features/jobs/data/csv';
import { freshDb } from '../../../db/fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

async function seed() {
  db = freshDb();
  const job = await addJob(db, { title: 'Cook', employer: 'Diner 🍳', source: 'Indeed', stageAt: '2024-03-01' });
  const ana = await addContact(db, { name: 'Ana Peña' });
  await linkContact(db, job.id, ana.id);
  const applied = await moveJobToStage(db, job.id, 'applied', { at: '2024-03-05', note: 'Online form' });
  await moveJobToStage(db, job.id, 'interviewing', { at: '2024-03-12' });
  await addManualActivity(db, {
    date: '2024-03-07', type: 'workshop', employer: 'WorkSource', contactPerson: '', contactMethod: 'In person', position: '', result: 'Attended', jobId: null,
  });
  return { job, applied: applied.change };
}

describe('the job-search log', () => {
  it('derives applications and interviews from the timeline and adds manual activities', async () => {
    await seed();
    const log = await collectActivities(db, '2024-03-03', '2024-03-16');
    expect(log.map((a) => [a.date, a.type, a.employer])).toEqual([
      ['2024-03-05', 'application', 'Diner 🍳'],
      ['2024-03-07', 'workshop', 'WorkSource'],
      ['2024-03-12', 'interview', 'Diner 🍳'],
    ]);
    expect(log[0]).toMatchObject({ contactPerson: 'Ana Peña', contactMethod: 'Indeed', position: 'Cook', result: 'Online form', outcome: 'interviewing' });
    expect((await collectActivities(db, '2024-03-06', '2024-03-11')).map((a) => a.type)).toEqual(['workshop']);
  });

  it('follows edits to the timeline: a moved date moves the activity, an undone move removes it', async () => {
    const { applied } = await seed();
    await editStageChange(db, applied.id, { at: '2024-02-28' });
    expect((await collectActivities(db, '2024-03-03', '2024-03-09')).map((a) => a.type)).toEqual(['workshop']);
    await deleteStageChange(db, applied.id);
    expect((await collectActivities(db, '2024-02-01', '2024-03-31')).map((a) => a.type)).toEqual(['workshop', 'interview']);
  });

  it('keeps the user’s edit of a derived activity and drops hidden ones', async () => {
    await seed();
    const [application, , interview] = await collectActivities(db, '2024-03-03', '2024-03-16');
    await saveActivity(db, application, { result: 'Waiting to hear back' });
    await hideActivity(db, interview);
    const log = await collectActivities(db, '2024-03-03', '2024-03-16');
    expect(log.map((a) => [a.type, a.result])).toEqual([['application', 'Waiting to hear back'], ['workshop', 'Attended']]);
  });

  it('summarises whole Sunday–Saturday weeks against the target', async () => {
    await seed();
    const { weeks } = await activityWeeks(db, '2024-03-06', '2024-03-13', 3);
    expect(weeks.map((w) => [w.start, w.count, w.met, w.missing])).toEqual([
      ['2024-03-03', 2, false, 1],
      ['2024-03-10', 1, false, 2],
    ]);
  });

  it('lets another feature register a source through the same registry', async () => {
    await seed();
    const event: Activity = {
      id: 'event:hire-fair', date: '2024-03-09', type: 'hiring-event', employer: 'Job fair', contactPerson: '', contactMethod: 'In person',
      position: '', result: '', source: { kind: 'event', id: 'hire-fair' }, jobId: null, outcome: null,
    };
    const remove = registerActivitySource<Activity>('event', (records) => [...records], async () => [event]);
    try {
      expect((await collectActivities(db, '2024-03-03', '2024-03-09')).map((a) => a.type)).toEqual(['application', 'workshop', 'hiring-event']);
    } finally {
      remove();
    }
    expect(activitySources().registry.sourceIds()).toEqual(['stage-change']);
  });

  it('exports a date range as CSV with the columns the office asks for', async () => {
    await seed();
    const { text } = await exportActivitiesCsv(db, '2024-03-01', '2024-03-31');
    expect(text.startsWith('\uFEFFDate,Activity type,Employer or organisation,Contact person,Contact method,Position,Result\r\n')).toBe(true);
    expect(text.split('\r\n').slice(1, 4)).toEqual([
      '2024-03-05,Application,Diner 🍳,Ana Peña,Indeed,Cook,Online form',
      '2024-03-07,Workshop,WorkSource,,In person,,Attended',
      '2024-03-12,Interview,Diner 🍳,Ana Peña,Indeed,Cook,Interviewing',
    ]);
  });
});
