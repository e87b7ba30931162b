process.env.TZ = 'America/Los_Angeles';

import { describe, expect, it } from 'vitest';
import { changeDraft } from '../../../../../renderer/src/features/schedule/form/draft-change';
import { draftFromEvent, newEventDraft, type EventDraft } from '../../../../../renderer/src/features/schedule/form/event-draft';
import { readRepeat, sameRecurrence, writeRepeat } from '../../../../../renderer/src/features/schedule/form/repeat-rule';
import { validateEventDraft } from '../../../../../renderer/src/features/schedule/form/validate-event';
import { parseRrule } from '../../../../../shared/domain/schedule';
import { makeEvent } from './events';

const draft = (patch: Partial<EventDraft> = {}): EventDraft => ({
  ...newEventDraft({ start: '2026-12-09T10:00', timeZone: 'America/Los_Angeles' }),
  title: 'Interview with Acme',
  ...patch,
});

describe('Checking the event form', () => {
  it('turns a filled-in form into event fields: an hour from the slot, default reminders, the link completed', () => {
    const { fields, errors } = validateEventDraft(draft({ url: 'zoom.us/j/123', location: '  Acme office ' }));
    expect(errors).toEqual([]);
    expect(fields).toMatchObject({
      title: 'Interview with Acme',
      start: '2026-12-09T10:00',
      end: '2026-12-09T11:00',
      allDay: false,
      timeZone: 'America/Los_Angeles',
      url: 'https://zoom.us/j/123',
      location: 'Acme office',
      reminders: [1440, 60],
      recurrence: null,
    });
  });

  it('reports every problem at once, in the order of the form, each on its field', () => {
    const { fields, errors } = validateEventDraft(
      draft({ title: ' ', startTime: '25:00', endDate: '2026-02-30', timeZone: 'Mars/Olympus', url: 'javascript:alert(1)' }),
    );
    expect(fields).toBeNull();
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['title', 'titleMissing'],
      ['startTime', 'timeInvalid'],
      ['endDate', 'dateInvalid'],
      ['timeZone', 'zoneUnknown'],
      ['url', 'urlInvalid'],
    ]);
  });

  it('refuses an end before the start, but allows a moment (a deadline at 5 PM)', () => {
    expect(validateEventDraft(draft({ endTime: '09:00' })).errors).toEqual([{ field: 'endTime', code: 'endBeforeStart', reason: undefined }]);
    expect(validateEventDraft(draft({ endTime: '10:00' })).errors).toEqual([]);
    expect(validateEventDraft(draft({ allDay: true, endDate: '2026-12-08' })).errors.map((e) => e.code)).toEqual(['endBeforeStart']);
  });

  it('treats a half-typed date the browser holds as a problem, not as no date', () => {
    expect(validateEventDraft(draft({ startDate: '' }), new Set(['startDate'])).errors.map((e) => e.field)).toEqual(['startDate']);
  });

  it('stores an all-day event with the day after as its end, as iCalendar does', () => {
    const { fields } = validateEventDraft(draft({ allDay: true, startDate: '2026-12-09', endDate: '2026-12-10' }));
    expect(fields).toMatchObject({ allDay: true, start: '2026-12-09', end: '2026-12-11' });
  });

  it('checks the repetition: days for a weekly repeat, a sensible count and a last date after the start', () => {
    const weekly: Partial<EventDraft> = { frequency: 'weekly', weekdays: [], ends: 'count', count: '0', interval: '0' };
    expect(validateEventDraft(draft(weekly)).errors.map((e) => e.code)).toEqual(['intervalInvalid', 'weekdaysMissing', 'countInvalid']);
    expect(validateEventDraft(draft({ frequency: 'daily', ends: 'until', until: '2026-12-01' })).errors.map((e) => e.code)).toEqual(['untilBeforeStart']);
  });

  it('writes a weekly workshop until a date as an RRULE whose end is that day’s last second where it happens (in UTC)', () => {
    const { fields } = validateEventDraft(draft({ frequency: 'weekly', weekdays: [2, 4], ends: 'until', until: '2027-03-01' }));
    expect(Object.fromEntries(parseRrule(fields!.recurrence!.rrule))).toEqual({ FREQ: 'WEEKLY', BYDAY: 'TU,TH', UNTIL: '20270302T075959Z' });
    expect(fields?.recurrence).toMatchObject({ exdates: [], rdates: [] });
  });
});

describe('Repeat rules in the form', () => {
  it('reads the rules the form offers, and keeps others as they were', () => {
    expect(readRepeat('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=6', 2)).toMatchObject({ frequency: 'weekly', interval: 2, weekdays: [2, 4], ends: 'count', count: 6 });
    expect(readRepeat('FREQ=MONTHLY;BYDAY=2TU', 2).frequency).toBe('custom');
    expect(readRepeat('FREQ=YEARLY', 2).frequency).toBe('custom');
    expect(readRepeat(null, 3)).toMatchObject({ frequency: 'none', weekdays: [3] });
    // A UTC end is shown as the day it is where the event happens.
    expect(readRepeat('FREQ=DAILY;UNTIL=20270302T075959Z', 1, 'America/Los_Angeles').until).toBe('2027-03-01');
  });

  it('writes them back, and sees the same repetition however the rule is ordered', () => {
    const choice = readRepeat('FREQ=WEEKLY;BYDAY=TH,TU;COUNT=6', 2);
    expect(writeRepeat(choice, null)).toBe('FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6');
    const a = { rrule: 'FREQ=WEEKLY;COUNT=6;BYDAY=TH,TU', exdates: [], rdates: [] };
    expect(sameRecurrence(a, { rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=TU,TH;COUNT=6', exdates: [], rdates: [] })).toBe(true);
    expect(sameRecurrence(a, { ...a, exdates: ['2026-12-10T10:00'] })).toBe(false);
    expect(sameRecurrence(null, undefined)).toBe(true);
  });
});

describe('Filling in the form', () => {
  it('carries the end along when the start moves, so the event keeps its length', () => {
    let d = draft({ endTime: '11:30' });
    d = changeDraft(d, 'startTime', '23:00');
    expect([d.endDate, d.endTime]).toEqual(['2026-12-10', '00:30']);
    d = changeDraft(d, 'startDate', '2026-12-16');
    expect([d.startDate, d.endDate]).toEqual(['2026-12-16', '2026-12-17']);
    // The weekly repeat on the start's weekday follows it (Wednesday stays "the start's day").
    expect(changeDraft(draft({ weekdays: [3] }), 'startDate', '2026-12-10').weekdays).toEqual([4]);
  });

  it('opens an all-day event with its last day, and an occurrence of a series with that occurrence’s times', () => {
    const fair = makeEvent({ start: '2026-12-03', end: '2026-12-05', allDay: true });
    expect(draftFromEvent(fair)).toMatchObject({ startDate: '2026-12-03', endDate: '2026-12-04', allDay: true });
    const series = makeEvent({ start: '2026-12-01T14:00', end: '2026-12-01T16:00', recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [], rdates: [] } });
    expect(draftFromEvent(series, { start: '2026-12-15T14:00', end: '2026-12-15T16:00' })).toMatchObject({ startDate: '2026-12-15', frequency: 'weekly', weekdays: [2] });
  });
});
