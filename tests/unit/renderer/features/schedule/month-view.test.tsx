process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { localDateOf } from '../../../../../shared/domain/jobs';
import { press, renderSchedule, seedEvent } from './support';

const active = () => document.activeElement as HTMLElement;

describe('The month view', () => {
  it('shows events as chips with full spoken labels, and "+N more" when a day is full', async () => {
    await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-12-08T10:00', end: '2026-12-08T11:00' });
    for (const hour of [8, 9, 11, 13]) await seedEvent({ title: `Call ${hour}`, start: `2026-12-10T${String(hour).padStart(2, '0')}:00`, end: `2026-12-10T${String(hour).padStart(2, '0')}:30` });
    renderSchedule('/schedule/month/2026-12');
    const grid = await screen.findByRole('grid', { name: 'December 2026' });
    expect(within(grid).getAllByRole('columnheader').map((h) => h.getAttribute('aria-label'))).toEqual(['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']);
    const tuesday = await within(grid).findByRole('gridcell', { name: 'Tuesday, December 8, 2026, 1 event' });
    expect(within(tuesday).getByRole('link', { name: 'Interview with Acme, Tuesday, December 8, 10:00 AM to 11:00 AM (Interview)' }).getAttribute('href')).toMatch(/^#\/schedule\/event\/\w+$/);
    const thursday = within(grid).getByRole('gridcell', { name: 'Thursday, December 10, 2026, 4 events' });
    expect(within(thursday).getAllByRole('link')).toHaveLength(2);
    fireEvent.click(within(thursday).getByRole('button', { name: '2 more' }));
    expect(await screen.findByRole('grid', { name: 'Thursday, December 10, 2026' })).toBeTruthy();
    expect(window.location.hash).toBe('#/schedule/day/2026-12-10');
  });

  it('moves between days with the arrow keys (one Tab stop), crosses into the next month, and opens a day with Enter', async () => {
    renderSchedule('/schedule/month/2026-12');
    const grid = await screen.findByRole('grid', { name: 'December 2026' });
    const first = within(grid).getByRole('gridcell', { name: /^Tuesday, December 1, 2026/ });
    expect(within(grid).getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toEqual([first]);
    first.focus();
    press(first, 'ArrowRight');
    await waitFor(() => expect(active().dataset.date).toBe('2026-12-02'));
    press(active(), 'ArrowDown');
    await waitFor(() => expect(active().dataset.date).toBe('2026-12-09'));
    press(active(), 'End');
    await waitFor(() => expect(active().dataset.date).toBe('2026-12-12'));
    press(active(), 'PageDown');
    await screen.findByRole('grid', { name: 'January 2027' });
    await waitFor(() => expect(active().dataset.date).toBe('2027-01-12'));
    expect(window.location.hash).toBe('#/schedule/month/2027-01');
    press(active(), 'ArrowDown');
    press(active(), 'ArrowDown');
    press(active(), 'ArrowDown');
    await waitFor(() => expect(active().dataset.date).toBe('2027-02-02'));
    expect(window.location.hash).toBe('#/schedule/month/2027-02');
    press(active(), 'Enter');
    expect(await screen.findByRole('grid', { name: 'Tuesday, February 2, 2027' })).toBeTruthy();
  });

  it('goes to today with T and the Today button, and says the new month', async () => {
    renderSchedule('/schedule/month/2030-05');
    await screen.findByRole('grid', { name: 'May 2030' });
    fireEvent.keyDown(window, { key: 't' });
    const today = localDateOf(new Date());
    await waitFor(() => expect(active().dataset.date).toBe(today));
    expect(active().getAttribute('aria-current')).toBe('date');
    fireEvent.click(screen.getByRole('link', { name: 'Next month' }));
    const next = new Date(new Date().getFullYear(), new Date().getMonth() + 1, 1);
    const name = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(next);
    const heading = await screen.findByRole('heading', { level: 2, name });
    expect(heading.getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('grid').getAttribute('aria-label')).toBe(name);
  });

  it('starts an event from a day: a click on the empty part of a cell, or N on the keyboard', async () => {
    renderSchedule('/schedule/month/2026-12');
    const grid = await screen.findByRole('grid', { name: 'December 2026' });
    fireEvent.keyDown(window, { key: 'n' });
    const fromKey = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(fromKey).getByLabelText('Start date') as HTMLInputElement).value).toBe('2026-12-01');
    fireEvent.click(within(fromKey).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    fireEvent.click(within(grid).getByRole('gridcell', { name: /^Friday, December 18, 2026/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    expect((within(dialog).getByLabelText('Start date') as HTMLInputElement).value).toBe('2026-12-18');
    expect((within(dialog).getByLabelText('Start time') as HTMLInputElement).value).toBe('09:00');
  });

  it('speaks Spanish when the app does: weeks from Monday, Spanish day names and labels', async () => {
    await seedEvent({ title: 'Entrevista con Acme', kind: 'interview', start: '2026-12-08T10:00', end: '2026-12-08T11:00' });
    const { client } = renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid', { name: 'December 2026' });
    await client.send('settings-set', { language: 'es' });
    const grid = await screen.findByRole('grid', { name: 'diciembre de 2026' });
    expect(within(grid).getAllByRole('columnheader')[0].getAttribute('aria-label')).toBe('lunes');
    expect(within(grid).getByRole('link', { name: /^Entrevista con Acme, martes, 8 de diciembre, de 10:00 a 11:00 \(Entrevista\)$/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Nuevo evento' })).toBeTruthy();
  });

  it('says so when the address names no real date', async () => {
    renderSchedule('/schedule/month/2026-13');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that date' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to today' }).getAttribute('href')).toMatch(/^#\/schedule\/month\/\d{4}-\d{2}$/);
  });
});
