import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../../../shared/domain/jobs';
import { today } from '../../../../../../renderer/src/db/clock';
import { renderJobs, seedJob } from './support';

/** The titles in the table's body, top to bottom. */
function titles(): string[] {
  const table = screen.getByRole('table', { name: 'Your jobs' });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

async function seedThree(): Promise<void> {
  await seedJob(
    { title: 'Forklift operator', employer: 'Pacific Freight', location: 'Kent, WA', source: 'Indeed', pay: { min: 20, max: 24, period: 'hour', currency: 'USD' }, deadline: addDays(today(), 10), stageAt: addDays(today(), -10) },
    [{ stage: 'applied', at: addDays(today(), -3) }],
  );
  await seedJob({ title: 'Bookkeeper', employer: 'Café Peña', location: 'Yakima, WA', source: 'indeed ', pay: { min: 52_000, max: 60_000, period: 'year', currency: 'USD' }, notes: 'Ask about the QuickBooks test' });
  await seedJob({ title: 'Cashier', employer: 'Harbor Market', location: 'Seattle, WA', source: 'Job fair', deadline: addDays(today(), 2), stageAt: addDays(today(), -10) }, [{ stage: 'rejected', at: addDays(today(), -1) }]);
}

describe('Jobs table', () => {
  it('lists every job with its stage, dates, next step and pay; sorts by a column both ways', async () => {
    await seedThree();
    renderJobs('/jobs/table');
    await screen.findByRole('table', { name: 'Your jobs' });
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect(screen.getByText(/^3 jobs\./)).toBeTruthy();
    const forklift = screen.getByRole('rowheader', { name: 'Forklift operator' }).closest('tr')!;
    expect(forklift.textContent).toContain('Applied');
    expect(forklift.textContent).toContain('$20–$24 an hour');

    const titleHeader = screen.getByRole('columnheader', { name: /Job title/ });
    fireEvent.click(within(titleHeader).getByRole('button'));
    expect(titleHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(titles()).toEqual(['Bookkeeper', 'Cashier', 'Forklift operator']);
    expect(screen.getByText('Sorted by Job title, A to Z.')).toBeTruthy();
    expect(titleHeader.textContent).toContain('(sorted, A to Z)');
    fireEvent.click(within(titleHeader).getByRole('button'));
    expect(titleHeader.getAttribute('aria-sort')).toBe('descending');
    expect(titles()).toEqual(['Forklift operator', 'Cashier', 'Bookkeeper']);

    // Pay compares full-time yearly amounts: $24 an hour is about $50,000 a year.
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Pay/ })).getByRole('button'));
    expect(titles()).toEqual(['Bookkeeper', 'Forklift operator', 'Cashier']);
    expect(screen.getByText('Sorted by Pay, highest first.')).toBeTruthy(); // pay starts with the best paid
    // Applied dates come from the timelines; jobs never applied for go last.
    fireEvent.click(within(screen.getByRole('columnheader', { name: /Applied/ })).getByRole('button'));
    await waitFor(() => expect(titles()[0]).toBe('Forklift operator'));
    expect(screen.getByRole('rowheader', { name: 'Forklift operator' }).closest('tr')!.textContent).toMatch(/Applied.*\d{4}/);
  });

  it('searches title, employer, place and notes ignoring accents, and says how many match', async () => {
    await seedThree();
    renderJobs('/jobs/table');
    const search = await screen.findByRole('searchbox', { name: 'Search' });
    await waitFor(() => expect(titles()).toHaveLength(3));
    fireEvent.change(search, { target: { value: 'pena' } });
    expect(titles()).toEqual(['Bookkeeper']);
    expect(screen.getByText('Showing 1 of 3 jobs.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'quickbooks yakima' } });
    expect(titles()).toEqual(['Bookkeeper']);
    fireEvent.change(search, { target: { value: 'seattle' } });
    expect(titles()).toEqual(['Cashier']);
    fireEvent.change(search, { target: { value: 'nothing like this' } });
    expect(await screen.findByText('No jobs match these filters.')).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    await waitFor(() => expect(titles()).toHaveLength(3));
  });

  it('filters by stage, by source (any spelling), by pay range and by a date range', async () => {
    await seedThree();
    renderJobs('/jobs/table');
    await screen.findByRole('table', { name: 'Your jobs' });
    await waitFor(() => expect(titles()).toHaveLength(3));

    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'closed' } });
    expect(titles()).toEqual(['Cashier']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Stage' }), { target: { value: 'all' } });

    const source = screen.getByRole('combobox', { name: 'Where you found it' });
    expect(within(source).getAllByRole('option').map((o) => o.textContent)).toEqual(['Anywhere', 'Indeed', 'Job fair']);
    fireEvent.change(source, { target: { value: 'indeed' } });
    expect(titles().sort()).toEqual(['Bookkeeper', 'Forklift operator']);
    fireEvent.change(source, { target: { value: '' } });

    fireEvent.click(screen.getByRole('button', { name: 'More filters' }));
    const least = screen.getByRole('textbox', { name: 'At least' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Paid' }), { target: { value: 'year' } });
    fireEvent.change(least, { target: { value: '55,000' } });
    expect(titles()).toEqual(['Bookkeeper']);
    fireEvent.change(least, { target: { value: 'lots' } });
    expect(screen.getByText('Enter a number, like 20 or 18.50.')).toBeTruthy();
    expect(least.getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(least, { target: { value: '' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'At most' }), { target: { value: '50000' } });
    expect(titles()).toEqual(['Forklift operator']);
    fireEvent.change(screen.getByRole('textbox', { name: 'At most' }), { target: { value: '' } });

    fireEvent.change(screen.getByRole('combobox', { name: 'Which date' }), { target: { value: 'deadline' } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: today() } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: addDays(today(), 5) } });
    expect(titles()).toEqual(['Cashier']);
    expect(screen.getByRole('button', { name: 'More filters (1 in use)' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('To'), { target: { value: addDays(today(), -5) } });
    expect(screen.getByText('This date is before the “From” date. Choose a later date.')).toBeTruthy();
  });

  it('moves between rows with the arrow keys and opens a job with Enter on its link', async () => {
    await seedThree();
    renderJobs('/jobs/table');
    await waitFor(() => expect(titles()).toHaveLength(3));
    const links = () => within(screen.getByRole('table', { name: 'Your jobs' })).getAllByRole('link');
    expect(links().map((l) => l.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    links()[0].focus();
    fireEvent.keyDown(links()[0], { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(links()[1]));
    fireEvent.keyDown(links()[1], { key: 'End' });
    await waitFor(() => expect(document.activeElement).toBe(links()[2]));
    expect(links()[2].getAttribute('tabindex')).toBe('0');
    fireEvent.click(links()[2]);
    expect(await screen.findByRole('link', { name: 'Back to the table' })).toBeTruthy();
  });
});
