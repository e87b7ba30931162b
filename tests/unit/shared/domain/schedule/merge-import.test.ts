// mergeImport: the same UID updates instead of duplicating, and what the user set is kept.
import { describe, expect, it } from 'vitest';
import { mergeImport, parseIcs, type ScheduleEvent } from '../../../../../shared/domain/schedule';

const ics = (...events: string[][]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...events.flatMap((lines) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']), 'END:VCALENDAR'].join('\r\n');
const parse = (text: string) => parseIcs(text, { defaultZone: 'Europe/Berlin' }).events;
const ids = () => {
  let n = 0;
  return { now: '2027-02-01T00:00:00.000Z', newId: () => `import-${String(++n).padStart(3, '0')}` };
};

const series = ['UID:club@example.org', 'SUMMARY:Job club', 'DTSTART;TZID=Europe/Berlin:20270302T180000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=6'];
const moved = ['UID:club@example.org', 'RECURRENCE-ID;TZID=Europe/Berlin:20270309T180000', 'SUMMARY:Job club (moved)', 'DTSTART;TZID=Europe/Berlin:20270310T180000', 'DURATION:PT1H'];

describe('mergeImport', () => {
  it('adds new events and links edited occurrences to their series, whichever comes first in the file', () => {
    const plan = mergeImport([], parse(ics(moved, series)), ids());
    expect(plan.add.map((e) => [e.id, e.title, e.override])).toEqual([
      ['import-001', 'Job club', null],
      ['import-002', 'Job club (moved)', { seriesId: 'import-001', recurrenceId: '2027-03-09T18:00' }],
    ]);
    expect(plan.update).toEqual([]);
  });

  it('updates by UID (and RECURRENCE-ID), keeping the links and the kind, outcome and reminders the user set', () => {
    const first = mergeImport([], parse(ics(series, moved)), ids()).add;
    const mine: ScheduleEvent[] = first.map((e) => (e.override ? e : { ...e, kind: 'workshop', jobId: 'job-000001', outcome: 'attended', reminders: [30] }));
    const changed = parse(ics(series.map((l) => (l.startsWith('SUMMARY') ? 'SUMMARY:Job club (new room)' : l)), moved));
    const plan = mergeImport(mine, changed, ids());
    expect(plan.add).toEqual([]);
    expect(plan.unchanged.map((e) => e.title)).toEqual(['Job club (moved)']);
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0]).toMatchObject({ id: 'import-001', title: 'Job club (new room)', kind: 'workshop', jobId: 'job-000001', outcome: 'attended', reminders: [30] });
    expect(plan.update[0].updatedAt).toBe('2027-02-01T00:00:00.000Z');
    expect(plan.previous).toEqual([mine[0]]);
  });

  it('places an edited occurrence in a stored series kept in another zone', () => {
    const stored = mergeImport([], parse(ics(series)), ids()).add;
    const inLondon = ['UID:club@example.org', 'RECURRENCE-ID;TZID=Europe/London:20270316T170000', 'SUMMARY:Special', 'DTSTART;TZID=Europe/London:20270316T170000', 'DURATION:PT2H'];
    const plan = mergeImport(stored, parse(ics(inLondon)), ids());
    expect(plan.add[0].override).toEqual({ seriesId: stored[0].id, recurrenceId: '2027-03-16T18:00' });
  });
});
