import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../../shared/domain/jobs';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { today } from '../../../../../../renderer/src/db/clock';
import { getTimeline } from '../../../../../../renderer/src/db/stage-changes-table';
import { card, column, eventually, renderJobs, seedJob, toast } from './support';

describe('Jobs board', () => {
  it('teaches the first step when there are no jobs', async () => {
    renderJobs('/jobs/board');
    expect(await screen.findByRole('heading', { level: 1, name: 'Jobs' })).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Add your first job' })).toBeTruthy();
    const add = screen.getAllByRole('link', { name: /Add job/ });
    expect(add.every((link) => link.getAttribute('href') === '#/jobs/new')).toBe(true);
    expect(screen.getByRole('link', { name: 'Jobs' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Board' }).getAttribute('aria-current')).toBe('page');
  });

  it('shows a column per stage with counts, and cards with employer, place, pay and an overdue step in words', async () => {
    await seedJob({
      title: 'Warehouse lead',
      employer: 'Acme Logistics',
      location: 'Tacoma, WA',
      workplace: 'on-site',
      pay: { min: 22, max: 26, period: 'hour', currency: 'USD' },
      nextAction: { text: 'Call Maria', due: addDays(today(), -2) },
    });
    await seedJob({ title: 'Forklift operator', employer: 'Pacific Freight' }, [{ stage: 'applied', at: today() }]);
    await seedJob({ title: 'Cashier', employer: 'Harbor Market' }, [{ stage: 'rejected', at: today() }]);
    renderJobs('/jobs/board');
    const saved = await column('Saved');
    expect(within(saved).getByText('1 job')).toBeTruthy();
    const lead = card('Warehouse lead', saved);
    expect(lead.textContent).toContain('Acme Logistics');
    expect(lead.textContent).toContain('Tacoma, WA · On-site');
    expect(lead.textContent).toContain('$22–$26 an hour');
    expect(lead.textContent).toMatch(/Overdue since .+: Call Maria/);
    expect(card('Forklift operator', await column('Applied'))).toBeTruthy();
    // Closed jobs are counted in the Closed row, and shown on request.
    const closed = await column('Closed');
    expect(within(closed).getByText('Rejected').closest('.closed-zone')?.textContent).toContain('1');
    expect(screen.queryByRole('button', { name: 'Cashier' })).toBeNull();
    fireEvent.click(within(closed).getByRole('button', { name: 'Show 1 closed job' }));
    expect(card('Cashier', await column('Closed jobs')).textContent).toContain('Rejected');
  });

  it('moves a card with “Move to…”, records the step dated today, and Undo takes it back', async () => {
    const job = await seedJob({ title: 'Warehouse lead', employer: 'Acme Logistics' });
    renderJobs('/jobs/board');
    const saved = await column('Saved');
    fireEvent.click(within(saved).getByRole('button', { name: /Move to… Warehouse lead/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Applied' }));
    await waitFor(() => expect(card('Warehouse lead', screen.getByRole('heading', { name: /^Applied/ }).closest('section')!)).toBeTruthy());
    await eventually(async () => {
      const steps = await getTimeline(getDb(), job.id);
      expect(steps.map((s) => [s.stage, s.at])).toEqual([
        ['saved', today()],
        ['applied', today()],
      ]);
    });
    // The moved card keeps the focus in its new column.
    await waitFor(() => expect(document.activeElement).toBe(card('Warehouse lead')));
    const moved = await toast('Moved “Warehouse lead” to Applied.');
    fireEvent.click(within(moved).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(card('Warehouse lead', screen.getByRole('heading', { name: /^Saved/ }).closest('section')!)).toBeTruthy());
    await eventually(async () => expect((await getTimeline(getDb(), job.id)).map((s) => s.stage)).toEqual(['saved']));
  });

  it('warns in the toast when moving to Applied at an employer that turned the user down recently', async () => {
    await seedJob({ title: 'Picker', employer: 'ACME Logistics, Inc.', stageAt: addDays(today(), -50) }, [
      { stage: 'applied', at: addDays(today(), -40) },
      { stage: 'rejected', at: addDays(today(), -30) },
    ]);
    await seedJob({ title: 'Warehouse lead', employer: 'Acme Logistics' });
    renderJobs('/jobs/board');
    fireEvent.click(within(await column('Saved')).getByRole('button', { name: /Move to… Warehouse lead/ }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Applied' }));
    const warned = await toast(/Moved “Warehouse lead” to Applied\. ACME Logistics, Inc\. turned you down for “Picker” on/);
    expect(within(warned).getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('moves focus between cards and columns with the arrow keys, and Enter opens the job', async () => {
    const first = await seedJob({ title: 'First saved' });
    await seedJob({ title: 'Second saved' });
    await seedJob({ title: 'Applied one' }, [{ stage: 'applied', at: today() }]);
    renderJobs('/jobs/board');
    const saved = await column('Saved');
    const top = within(saved).getAllByRole('button', { name: /^(First|Second) saved$/ })[0];
    expect(top.getAttribute('tabindex')).toBe('0');
    top.focus();
    fireEvent.keyDown(top, { key: 'ArrowDown' });
    const next = within(saved).getAllByRole('button', { name: /^(First|Second) saved$/ })[1];
    expect(document.activeElement).toBe(next);
    expect(next.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(next, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(card('Applied one'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement?.textContent).toContain(top.textContent?.slice(0, 10) ?? '');
    fireEvent.keyDown(card('First saved'), { key: 'Enter' });
    expect(await screen.findByRole('heading', { level: 1, name: 'First saved' })).toBeTruthy();
    expect(window.location.hash).toBe(`#/jobs/${first.id}`);
    expect(screen.getByRole('link', { name: 'Back to the board' })).toBeTruthy();
  });

  it('gives each card drag instructions for screen readers', async () => {
    await seedJob({ title: 'Warehouse lead' });
    renderJobs('/jobs/board');
    const lead = card('Warehouse lead', await column('Saved'));
    expect(lead.getAttribute('aria-roledescription')).toBe('job card');
    const described = (lead.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(described.join(' ')).toMatch(/To move it, press Space, use the Left and Right arrow keys/);
  });

  it('speaks Spanish: columns, cards, Move to… and its menu', async () => {
    await seedJob({ title: 'Auxiliar de almacén', pay: { min: 18.5, max: null, period: 'hour', currency: 'USD' } });
    const app = renderJobs('/jobs/board');
    await column('Saved');
    await act(async () => {
      await app.client.send('settings-set', { language: 'es' });
    });
    const saved = await column('Guardado');
    expect(card('Auxiliar de almacén', saved).textContent).toContain('Desde 18,50');
    fireEvent.click(within(saved).getByRole('button', { name: /Mover a… Auxiliar de almacén/ }));
    expect(await screen.findByRole('menuitem', { name: 'Solicitado' })).toBeTruthy();
    expect(screen.getByRole('menuitem', { name: 'Sin respuesta' })).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    expect(document.activeElement).toBe(within(saved).getByRole('button', { name: /Mover a… Auxiliar de almacén/ }));
  });
});
