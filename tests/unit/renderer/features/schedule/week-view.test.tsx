process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { getEvent, overridesOf } from '../../../../../renderer/src/db/events-table';
import { eventually, findToast, press, renderSchedule, seedEvent } from './support';

const active = () => document.activeElement as HTMLElement;

describe('The week view', () => {
  it('has an all-day row and hours; arrows move between days and half hours, Enter adds an event at that time', async () => {
    await seedEvent({ title: 'Hiring fair', kind: 'hiring-event', start: '2026-12-10', end: '2026-12-11', allDay: true });
    renderSchedule('/schedule/week/2026-12-09');
    const grid = await screen.findByRole('grid', { name: /^Week of Dec 6\s–\s12, 2026$/ });
    expect(within(grid).getByRole('link', { name: 'Hiring fair, Thursday, December 10, all day (Hiring event)' })).toBeTruthy();
    const cell = within(grid).getByRole('gridcell', { name: 'Sunday, December 6, 9:00 AM' });
    expect(cell.tabIndex).toBe(0);
    cell.focus();
    press(cell, 'ArrowRight');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Monday, December 7, 9:00 AM'));
    press(active(), 'ArrowDown');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Monday, December 7, 9:30 AM'));
    expect(screen.getByText('9:30 AM', { selector: '[role=status]' })).toBeTruthy();
    press(active(), 'Enter');
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(dialog).getByLabelText('Start date') as HTMLInputElement).value).toBe('2026-12-07');
    expect((within(dialog).getByLabelText('Start time') as HTMLInputElement).value).toBe('09:30');
    expect((within(dialog).getByLabelText('End time') as HTMLInputElement).value).toBe('10:30');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // Up from midnight reaches the all-day row; Enter there adds an all-day event.
    within(grid).getByRole('gridcell', { name: 'Monday, December 7, 9:30 AM' }).focus();
    for (let i = 0; i < 19; i++) press(active(), 'ArrowUp');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Monday, December 7, 12:00 AM'));
    press(active(), 'ArrowUp');
    await waitFor(() => expect(active().getAttribute('aria-label')).toBe('Monday, December 7, all day'));
    press(active(), 'Enter');
    const allDay = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(allDay).getByLabelText('All day') as HTMLInputElement).checked).toBe(true);
    expect(within(allDay).queryByLabelText('Start time')).toBeNull();
  });

  it('moves the selected event by 15 minutes with Alt+Arrow and changes its end with Alt+Shift+Arrow, saying where it went; one Undo puts it back', async () => {
    const interview = await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-12-09T10:00', end: '2026-12-09T11:00' });
    renderSchedule('/schedule/week/2026-12-09');
    const link = await screen.findByRole('link', { name: /^Interview with Acme, Wednesday, December 9, 10:00 AM to 11:00 AM/ });
    link.focus();
    press(link, 'ArrowDown', { altKey: true });
    await eventually(async () => expect((await getEvent(getDb(), interview.id)).start).toBe('2026-12-09T10:15'));
    await waitFor(() => expect(active().getAttribute('aria-label')).toMatch(/10:15 AM to 11:15 AM/));
    expect(screen.getByText(/^Moved: Interview with Acme, Wednesday, December 9, 10:15 AM to 11:15 AM/, { selector: '[role=status]' })).toBeTruthy();
    press(active(), 'ArrowDown', { altKey: true, shiftKey: true });
    await eventually(async () => expect((await getEvent(getDb(), interview.id)).end).toBe('2026-12-09T11:30'));
    await waitFor(() => expect(active().getAttribute('aria-label')).toMatch(/10:15 AM to 11:30 AM/));
    press(active(), 'ArrowRight', { altKey: true });
    await eventually(async () => expect((await getEvent(getDb(), interview.id)).start).toBe('2026-12-10T10:15'));
    await waitFor(() => expect(active().getAttribute('aria-label')).toMatch(/^Interview with Acme, Thursday, December 10/));

    // One toast for the run of moves; its Undo goes back to before the first.
    expect(document.querySelectorAll('.toast')).toHaveLength(1);
    fireEvent.click(within(await findToast(/^Moved: Interview with Acme, Thursday/)).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect(await getEvent(getDb(), interview.id)).toMatchObject({ start: '2026-12-09T10:00', end: '2026-12-09T11:00' }));
  });

  it('moves one date of a weekly workshop on its own, leaving the rest of the series where it was', async () => {
    const workshop = await seedEvent({
      title: 'Resume workshop',
      kind: 'workshop',
      start: '2026-12-01T14:00',
      end: '2026-12-01T16:00',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', exdates: [], rdates: [] },
    });
    renderSchedule('/schedule/week/2026-12-08');
    const link = await screen.findByRole('link', { name: /^Resume workshop, Tuesday, December 8, 2:00 PM to 4:00 PM/ });
    link.focus();
    press(link, 'ArrowUp', { altKey: true });
    await eventually(async () => expect(await overridesOf(getDb(), workshop.id)).toHaveLength(1));
    const [moved] = await overridesOf(getDb(), workshop.id);
    expect(moved).toMatchObject({ start: '2026-12-08T13:45', end: '2026-12-08T15:45', uid: workshop.uid, override: { seriesId: workshop.id, recurrenceId: '2026-12-08T14:00' } });
    expect((await getEvent(getDb(), workshop.id)).start).toBe('2026-12-01T14:00');
    await waitFor(() => expect(active().getAttribute('aria-label')).toMatch(/^Resume workshop, Tuesday, December 8, 1:45 PM to 3:45 PM/));
  });

  it('shows the day view for one day, with a heading button in the week to open it', async () => {
    renderSchedule('/schedule/week/2026-12-09');
    await screen.findByRole('grid', { name: /^Week of Dec 6\s–\s12, 2026$/ });
    fireEvent.click(screen.getByRole('button', { name: 'Show Friday, December 11' }));
    expect(await screen.findByRole('grid', { name: 'Friday, December 11, 2026' })).toBeTruthy();
    expect(window.location.hash).toBe('#/schedule/day/2026-12-11');
  });
});
