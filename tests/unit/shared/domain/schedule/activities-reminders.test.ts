// The schedule's contributions elsewhere: job-search activities and the reminder plan.
import { describe, expect, it } from 'vitest';
import { ActivitySchema } from '../../../../../shared/domain/activity';
import { deriveEventActivities, editOccurrence, planReminders, reminderKey } from '../../../../../shared/domain/schedule';
import { ReminderSchema } from '../../../../../shared/contract/schedule';
import { at, makeEvent, weekly } from './make-event';

describe('deriveEventActivities', () => {
  it('counts attended interviews, workshops, hiring events and job-centre appointments, dated the day they started', () => {
    const interview = { ...makeEvent({ id: 'event-interview', kind: 'interview', title: 'Interview', start: '2027-03-02T23:30', end: '2027-03-03T00:30', outcome: 'attended', jobId: 'job-000001', location: 'Acme HQ' }), linkedJob: { id: 'job-000001', title: 'Cook', employer: 'Acme', stage: 'interviewing' as const }, linkedContactName: 'Ana Peña' };
    const counted = ['workshop', 'hiring-event', 'job-centre-appointment'].map((kind, i) =>
      makeEvent({ id: `event-${kind}`, kind: kind as 'workshop', title: kind, start: `2027-03-0${i + 4}T10:00`, end: `2027-03-0${i + 4}T11:00`, outcome: 'attended', url: 'https://meet.example.org/x' }),
    );
    const ignored = [
      makeEvent({ kind: 'networking', outcome: 'attended' }),
      makeEvent({ kind: 'interview', outcome: 'missed' }),
      makeEvent({ kind: 'workshop', outcome: null }),
      weekly('FREQ=WEEKLY;COUNT=3', { kind: 'workshop', outcome: 'attended' }),
    ];
    const activities = deriveEventActivities([...ignored, ...counted, interview]);
    expect(activities.map((a) => [a.id, a.date, a.type])).toEqual([
      ['event:event-interview', '2027-03-02', 'interview'],
      ['event:event-workshop', '2027-03-04', 'workshop'],
      ['event:event-hiring-event', '2027-03-05', 'hiring-event'],
      ['event:event-job-centre-appointment', '2027-03-06', 'job-centre-appointment'],
    ]);
    expect(activities[0]).toMatchObject({ employer: 'Acme', position: 'Cook', contactPerson: 'Ana Peña', contactMethod: 'Acme HQ', jobId: 'job-000001', outcome: 'interviewing', source: { kind: 'event', id: 'event-interview' } });
    expect(activities[1].contactMethod).toBe('https://meet.example.org/x');
    for (const activity of activities) expect(ActivitySchema.parse(activity)).toEqual(activity);
  });

  it('counts one attended occurrence of a series through its override', () => {
    const series = weekly('FREQ=WEEKLY;COUNT=3', { id: 'series-workshop', kind: 'workshop' });
    const attended = editOccurrence({ series, overrides: [] }, '2027-03-09T10:00', { outcome: 'attended' }, { now: '2027-03-10T00:00:00.000Z', newId: () => 'override-att' }).put[0];
    expect(deriveEventActivities([series, attended]).map((a) => [a.id, a.date])).toEqual([['event:override-att', '2027-03-09']]);
  });
});

describe('planReminders', () => {
  const now = at('2027-03-01T12:00Z');

  it('plans each reminder of each upcoming occurrence with a stable key and a route to the event', () => {
    const series = weekly('FREQ=WEEKLY;COUNT=3', { id: 'series-club', title: 'Club', start: '2027-03-02T10:00', end: '2027-03-02T11:00', timeZone: 'UTC', reminders: [1440, 60] });
    const plan = planReminders([series], { now, viewZone: 'UTC' });
    // The day-before reminder of 2 March is already past: it is still planned, and the backend
    // decides (a few minutes late still fires, older is dropped).
    expect(plan.map((r) => [r.key, r.when])).toEqual([
      [reminderKey('series-club', '2027-03-02T10:00', 1440), '2027-03-01T10:00:00.000Z'],
      [reminderKey('series-club', '2027-03-02T10:00', 60), '2027-03-02T09:00:00.000Z'],
      [reminderKey('series-club', '2027-03-09T10:00', 1440), '2027-03-08T10:00:00.000Z'],
      [reminderKey('series-club', '2027-03-09T10:00', 60), '2027-03-09T09:00:00.000Z'],
      [reminderKey('series-club', '2027-03-16T10:00', 1440), '2027-03-15T10:00:00.000Z'],
      [reminderKey('series-club', '2027-03-16T10:00', 60), '2027-03-16T09:00:00.000Z'],
    ]);
    expect(plan[0]).toMatchObject({ eventId: 'series-club', title: 'Club', route: '/schedule/event/series-club' });
    // The wording is asked once per occurrence, not once per reminder.
    let asked = 0;
    planReminders([series], { now, viewZone: 'UTC', text: (o) => (asked++, { title: o.event.title, body: '' }) });
    expect(asked).toBe(3);
    for (const r of plan) expect(ReminderSchema.parse(r)).toMatchObject({ key: r.key });
  });

  it('uses the caller\'s words and routes, counts all-day reminders from 09:00, and skips cancelled events', () => {
    const fair = makeEvent({ id: 'event-fair', allDay: true, start: '2027-03-05', end: '2027-03-06', reminders: [1440] });
    const cancelled = makeEvent({ start: '2027-03-03T10:00', end: '2027-03-03T11:00', outcome: 'cancelled' });
    const plan = planReminders([fair, cancelled], {
      now,
      viewZone: 'America/Los_Angeles',
      text: (o) => ({ title: `Mañana: ${o.event.title}`, body: o.start }),
      route: (o) => `/schedule/day/${o.start}`,
    });
    expect(plan).toEqual([
      { key: 'event-fair|2027-03-05|1440', eventId: 'event-fair', title: 'Mañana: Workshop', body: '2027-03-05', when: '2027-03-04T17:00:00.000Z', route: '/schedule/day/2027-03-05' },
    ]);
  });
});
