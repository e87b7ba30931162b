process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { getEvent, overridesOf } from '../../../../../renderer/src/db/events-table';
import { parseRrule } from '../../../../../shared/domain/schedule';
import { eventually, findToast, renderSchedule, seedEvent } from './support';

const field = (dialog: HTMLElement, label: string | RegExp) => within(dialog).getByLabelText(label) as HTMLInputElement;

describe('Adding an event', () => {
  it('checks the form with an error summary, then saves a weekly workshop; Undo removes it', async () => {
    renderSchedule('/schedule/week/2026-12-09');
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('button', { name: 'New event' }));
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    fireEvent.change(field(dialog, 'Start date'), { target: { value: '2026-12-08' } });
    fireEvent.change(field(dialog, 'Start time'), { target: { value: '14:00' } });
    fireEvent.change(field(dialog, 'End time'), { target: { value: '13:00' } });
    fireEvent.change(field(dialog, /Online meeting link/), { target: { value: 'not a link' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));

    const summary = await within(dialog).findByRole('alert');
    expect(within(summary).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Enter a title.',
      'The end is before the start. Check both.',
      'Enter a web address that starts with http:// or https://.',
    ]);
    expect(document.activeElement).toBe(summary);
    fireEvent.click(within(summary).getByRole('button', { name: 'Enter a title.' }));
    expect(document.activeElement).toBe(field(dialog, /^Title/));
    expect(field(dialog, /^Title/).getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(field(dialog, /^Title/), { target: { value: 'Resume workshop' } });
    fireEvent.change(field(dialog, 'What kind of event'), { target: { value: 'workshop' } });
    fireEvent.change(field(dialog, 'End time'), { target: { value: '16:00' } });
    fireEvent.change(field(dialog, /Online meeting link/), { target: { value: '' } });
    fireEvent.change(field(dialog, 'Repeat'), { target: { value: 'weekly' } });
    expect(field(dialog, 'Tuesday').checked).toBe(true);
    fireEvent.click(field(dialog, 'Thursday'));
    fireEvent.click(within(dialog).getByLabelText('After a number of times'));
    fireEvent.change(field(dialog, 'How many times'), { target: { value: '6' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Reminder 1' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));

    const toast = await findToast('Added “Resume workshop” on Tuesday, December 8.');
    const [saved] = await getDb().events.toArray();
    expect(saved).toMatchObject({ kind: 'workshop', title: 'Resume workshop', start: '2026-12-08T14:00', end: '2026-12-08T16:00', reminders: [60], url: '' });
    expect(Object.fromEntries(parseRrule(saved.recurrence!.rrule))).toEqual({ FREQ: 'WEEKLY', BYDAY: 'TU,TH', COUNT: '6' });
    expect(await screen.findAllByRole('link', { name: /^Resume workshop, (Tuesday|Thursday), December (8|10)/ })).toHaveLength(2);

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect(await getDb().events.count()).toBe(0));
  });
});

describe('An event’s page', () => {
  it('shows when, where and the zone it happens in, and edits one date of a series on its own', async () => {
    const series = await seedEvent({
      title: 'Job club',
      kind: 'workshop',
      start: '2026-12-01T09:00',
      end: '2026-12-01T10:00',
      timeZone: 'America/New_York',
      location: 'WorkSource, 1305 Tacoma Ave',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU', exdates: [], rdates: [] },
      reminders: [60],
    });
    renderSchedule(`/schedule/event/${series.id}?at=2026-12-15T09:00`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Job club' })).toBeTruthy();
    const details = document.querySelector('.event-details') as HTMLElement;
    expect(within(details).getByText('Tuesday, December 15, 2026')).toBeTruthy();
    expect(within(details).getByText('6:00 AM – 7:00 AM')).toBeTruthy();
    expect(within(details).getByText(/9:00\s–\s10:00\sAM in America \/ New York time/)).toBeTruthy();
    expect(within(details).getByText('Every week on Tuesday')).toBeTruthy();
    expect(within(details).getByText('1 hour before')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change event' });
    expect(field(dialog, 'Start date').value).toBe('2026-12-15');
    fireEvent.change(field(dialog, /^Title/), { target: { value: 'Job club (room 2)' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Next' }));
    const question = await within(dialog).findByRole('group', { name: 'This event repeats. Which ones do you want to change?' });
    expect((within(question).getByLabelText('Only this one (Tuesday, December 15)') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await findToast('Saved your changes to “Job club (room 2)”.');
    const [override] = await overridesOf(getDb(), series.id);
    expect(override).toMatchObject({ title: 'Job club (room 2)', start: '2026-12-15T09:00', override: { seriesId: series.id, recurrenceId: '2026-12-15T09:00' } });
    expect((await getEvent(getDb(), series.id)).title).toBe('Job club');
    // The page now shows the record that holds this date.
    expect(await screen.findByRole('heading', { level: 1, name: 'Job club (room 2)' })).toBeTruthy();
    await waitFor(() => expect(window.location.hash).toBe(`#/schedule/event/${override.id}`));
  });

  it('deletes this and the following dates of a series after asking; Undo restores the series', async () => {
    const series = await seedEvent({ title: 'Job club', start: '2026-12-01T09:00', end: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=8', exdates: [], rdates: [] } });
    renderSchedule(`/schedule/event/${series.id}?at=2026-12-15T09:00`);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete event' });
    fireEvent.click(within(dialog).getByLabelText('This one (Tuesday, December 15) and the ones after it'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const toast = await findToast('Deleted “Job club”.');
    await eventually(async () => expect(parseRrule((await getEvent(getDb(), series.id)).recurrence!.rrule).get('UNTIL')).toBe('20261215T165959Z'));
    expect(window.location.hash).toMatch(/^#\/schedule\/month\/2026-12$/);
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getEvent(getDb(), series.id)).recurrence?.rrule).toBe('FREQ=WEEKLY;COUNT=8'));
  });

  it('records how a past interview went', async () => {
    const single = await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-01-14T10:00', end: '2026-01-14T11:00' });
    renderSchedule(`/schedule/event/${single.id}`);
    const select = (await screen.findByRole('combobox', { name: 'Outcome' })) as HTMLSelectElement;
    expect(screen.getByText('If you went, this counts as a job-search activity in your log.')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'attended' } });
    await findToast('Saved: I went.');
    await eventually(async () => expect((await getEvent(getDb(), single.id)).outcome).toBe('attended'));
  });

  it('records how one date of a series went on that date alone', async () => {
    const series = await seedEvent({ title: 'Job club', kind: 'workshop', start: '2026-01-06T09:00', end: '2026-01-06T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=4', exdates: [], rdates: [] } });
    renderSchedule(`/schedule/event/${series.id}?at=2026-01-13T09:00`);
    fireEvent.change(await screen.findByRole('combobox', { name: 'Outcome' }), { target: { value: 'attended' } });
    await eventually(async () => expect(await overridesOf(getDb(), series.id)).toHaveLength(1));
    const [date] = await overridesOf(getDb(), series.id);
    expect(date).toMatchObject({ outcome: 'attended', start: '2026-01-13T09:00', recurrence: null });
    expect((await getEvent(getDb(), series.id)).outcome).toBeNull();
    await waitFor(() => expect(window.location.hash).toBe(`#/schedule/event/${date.id}`));
  });

  it('says so when the event is gone', async () => {
    renderSchedule('/schedule/event/nothing1234');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that event' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to my schedule' })).toBeTruthy();
  });
});
