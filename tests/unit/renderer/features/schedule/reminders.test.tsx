process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Client } from '../../../../../renderer/src/api/client';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { updateEvent } from '../../../../../renderer/src/db/events-table';
import { addDays, localDateOf } from '../../../../../shared/domain/jobs';
import type { Reminder } from '../../../../../shared/contract';
import { findToast, renderSchedule, seedEvent } from './support';

const tomorrow = () => addDays(localDateOf(new Date()), 1);

/** Records what the page sends, passing every call on to the real backend. */
function recording(sent: Array<[string, unknown]>, answers: Partial<Record<string, unknown>> = {}) {
  return (client: Client): Client => ({
    ...client,
    send: (async (name: string, args: unknown) => {
      sent.push([name, args]);
      if (name in answers) return answers[name];
      return client.send(name as never, args as never);
    }) as Client['send'],
  });
}

describe('Reminders in the page', () => {
  it('plans every event’s reminders with the backend at start, with words and a link to open it', async () => {
    const interview = await seedEvent({ title: 'Interview with Acme', start: `${tomorrow()}T10:00`, end: `${tomorrow()}T11:00`, location: 'Acme office', reminders: [1440, 60] });
    const sent: Array<[string, unknown]> = [];
    renderSchedule('/', recording(sent));
    await waitFor(() => expect(sent.some(([name]) => name === 'schedule-sync-reminders')).toBe(true), { timeout: 3000 });
    const [, args] = sent.find(([name]) => name === 'schedule-sync-reminders')!;
    const planned = (args as { reminders: Reminder[] }).reminders;
    expect(planned.map((r) => r.key)).toEqual([`${interview.id}|${tomorrow()}T10:00|1440`, `${interview.id}|${tomorrow()}T10:00|60`]);
    expect(planned[1]).toMatchObject({ eventId: interview.id, title: 'Interview with Acme', route: `/schedule/event/${interview.id}` });
    expect(planned[1].body).toMatch(/10:00 AM – 11:00 AM · Acme office$/);
    expect(planned[1].when).toBe(new Date(`${tomorrow()}T09:00`).toISOString());
  });

  it('plans again after a change, and a cancelled event reminds nobody', async () => {
    const interview = await seedEvent({ title: 'Interview with Acme', start: `${tomorrow()}T10:00`, end: `${tomorrow()}T11:00` });
    const sent: Array<[string, unknown]> = [];
    renderSchedule(`/schedule/event/${interview.id}`, recording(sent));
    await waitFor(() => expect(sent.filter(([name]) => name === 'schedule-sync-reminders')).toHaveLength(1), { timeout: 3000 });
    fireEvent.click(await screen.findByRole('button', { name: 'Change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change event' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove Reminder 2' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save changes' }));
    await waitFor(
      () => {
        const syncs = sent.filter(([name]) => name === 'schedule-sync-reminders');
        expect((syncs[syncs.length - 1][1] as { reminders: Reminder[] }).reminders.map((r) => r.key)).toEqual([`${interview.id}|${tomorrow()}T10:00|1440`]);
      },
      { timeout: 3000 },
    );
    await updateEvent(getDb(), interview.id, { outcome: 'cancelled' });
    await waitFor(
      () => {
        const syncs = sent.filter(([name]) => name === 'schedule-sync-reminders');
        expect((syncs[syncs.length - 1][1] as { reminders: Reminder[] }).reminders).toEqual([]);
      },
      { timeout: 3000 },
    );
  });

  it('shows a reminder that comes due with Open and Snooze; snoozing asks the backend to show it again in 10 minutes', async () => {
    const sent: Array<[string, unknown]> = [];
    const { client } = renderSchedule('/', recording(sent));
    await waitFor(() => expect(sent.some(([name]) => name === 'schedule-sync-reminders')).toBe(true), { timeout: 3000 });
    await screen.findByRole('heading', { level: 1 });
    // A reminder due in a moment, planned straight with the real backend, which fires it on its own clock.
    const reminder = { key: 'evt123|2026-12-09T10:00|60', eventId: 'evt123', title: 'Interview with Acme', body: 'Wednesday, December 9, 10:00 AM', when: new Date(Date.now() + 300).toISOString(), route: '/schedule/event/evt123' };
    await client.send('schedule-sync-reminders', { reminders: [reminder] });
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(await within(region).findByText('Reminder: Interview with Acme', {}, { timeout: 4000 })).toBeTruthy();
    expect(within(region).getByText('Wednesday, December 9, 10:00 AM')).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('#/schedule/event/evt123');
    fireEvent.click(within(region).getByRole('button', { name: 'Remind me in 10 minutes' }));
    await findToast('We’ll remind you again in 10 minutes.');
    expect(sent).toContainEqual(['schedule-snooze', { key: reminder.key, minutes: 10 }]);
    expect(within(region).queryByText('Reminder: Interview with Acme')).toBeNull();
  });

  it('lists the reminders missed while the app was closed, once, with a link to each', async () => {
    const missed: Reminder[] = [
      { key: 'a|2026-11-20T10:00|60', eventId: 'evtaaa', title: 'Job club', body: 'Friday, November 20', when: '2026-11-20T17:00:00.000Z', route: '/schedule/event/evtaaa' },
      { key: 'b|2026-11-21T09:00|60', eventId: 'evtbbb', title: 'Call the recruiter', body: '', when: '2026-11-21T16:00:00.000Z', route: '/schedule/event/evtbbb' },
    ];
    const sent: Array<[string, unknown]> = [];
    renderSchedule('/', recording(sent, { 'schedule-missed': missed }));
    const region = await screen.findByRole('region', { name: 'Reminders' });
    expect(await within(region).findByText('While the app was closed, you missed 2 reminders:')).toBeTruthy();
    expect(within(region).getByRole('link', { name: 'Job club' }).getAttribute('href')).toBe('#/schedule/event/evtaaa');
    fireEvent.click(within(region).getByRole('button', { name: 'Dismiss' }));
    expect(within(region).queryByText(/you missed/)).toBeNull();
    expect(sent.filter(([name]) => name === 'schedule-missed')).toHaveLength(1);
  });

  it('follows a clicked system notification to its event', async () => {
    const event = await seedEvent({ title: 'Interview with Acme', start: `${tomorrow()}T10:00`, end: `${tomorrow()}T11:00` });
    const listeners = new Map<string, (payload: unknown) => void>();
    renderSchedule('/', (client) => ({
      ...client,
      listen: ((name: string, listener: (payload: unknown) => void) => {
        listeners.set(name, listener);
        return client.listen(name as never, listener as never);
      }) as Client['listen'],
    }));
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Career Organizer' });
    await waitFor(() => expect(listeners.has('navigate')).toBe(true));
    listeners.get('navigate')!({ route: `/schedule/event/${event.id}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview with Acme' })).toBeTruthy();
    vi.restoreAllMocks();
  });
});
