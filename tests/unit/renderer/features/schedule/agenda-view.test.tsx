process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { press, renderSchedule, seedEvent } from './support';

describe('The agenda (list) view', () => {
  it('lists what is coming day by day; one event is the Tab stop and the arrow keys move between events', async () => {
    await seedEvent({ title: 'Job club', kind: 'workshop', start: '2026-12-01T09:00', end: '2026-12-01T10:00', recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3', exdates: [], rdates: [] } });
    await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-12-08T13:00', end: '2026-12-08T14:00', location: 'Acme office' });
    renderSchedule('/schedule/agenda/2026-12-01');
    const list = await screen.findByRole('region', { name: 'Coming up' });
    expect(within(list).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Tuesday, December 1, 2026', 'Tuesday, December 8, 2026', 'Tuesday, December 15, 2026']);
    const links = within(list).getAllByRole('link');
    expect(links.map((l) => l.tabIndex)).toEqual([0, -1, -1, -1]);
    expect(links[2].getAttribute('aria-label')).toBe('Interview with Acme, Tuesday, December 8, 1:00 PM to 2:00 PM (Interview)');
    expect(within(links[2]).getByText('Acme office')).toBeTruthy();
    links[0].focus();
    press(links[0], 'ArrowDown');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Job club, Tuesday, December 8/));
    press(document.activeElement!, 'End');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Job club, Tuesday, December 15/));
    press(document.activeElement!, 'ArrowUp');
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toMatch(/^Interview with Acme/));
    fireEvent.click(document.activeElement!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview with Acme' })).toBeTruthy();
  });

  it('offers to add an event when nothing is coming up', async () => {
    renderSchedule('/schedule/agenda/2026-12-01');
    expect(await screen.findByText('Nothing is scheduled in the next year. Add an interview, appointment or workshop to see it here.')).toBeTruthy();
  });
});
