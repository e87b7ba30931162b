import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addSavedSearch, getDb } from '../../../../../renderer/src/db';
import { filterFromDraft, parseAmount, draftFromSearch } from '../../../../../renderer/src/features/saved-searches/search-form';
import { findToast, renderAt, seedJob } from '../contacts/support';

const searchLinks = () => within(screen.getByRole('list', { name: 'Your saved searches' })).getAllByRole('link');
const linkFor = (name: string) => searchLinks().find((a) => a.querySelector('.pick-option__title')?.textContent === name)!;

describe('Saved searches page', () => {
  it('teaches the first step when there are none', async () => {
    renderAt('/saved-searches');
    expect(await screen.findByRole('heading', { level: 2, name: 'Save a search to watch for new jobs' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Saved searches' }).getAttribute('aria-current')).toBe('page');
  });

  it('counts new matches since the search was last opened, and opening it starts again from zero', async () => {
    await seedJob({ title: 'Forklift operator', employer: 'Acme', location: 'Tacoma, WA', source: 'Indeed' });
    await seedJob({ title: 'Forklift driver', employer: 'Harbor', location: 'Seattle, WA', source: 'Indeed' });
    await seedJob({ title: 'Line cook', employer: 'Diner', location: 'Tacoma, WA' });
    const search = await addSavedSearch(getDb(), { name: 'Forklift jobs', filter: { text: 'forklift' } });
    await addSavedSearch(getDb(), { name: 'Tacoma', filter: { location: 'tacoma' } });
    renderAt('/saved-searches');

    // Never opened: every match is new.
    await waitFor(() => expect(linkFor('Forklift jobs').textContent).toContain('2 new since you last looked'));
    expect(linkFor('Forklift jobs').textContent).toContain('Words: forklift');
    expect(linkFor('Tacoma').textContent).toContain('2 new since you last looked');

    fireEvent.click(linkFor('Forklift jobs'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Forklift jobs' })).toBeTruthy();
    expect(await screen.findByText('This is the first time you have opened this search.')).toBeTruthy();
    const matches = await screen.findByRole('list', { name: 'Jobs that match' });
    expect(within(matches).getAllByRole('link').map((a) => a.textContent).sort()).toEqual(['Forklift driver', 'Forklift operator']);
    await waitFor(async () => expect((await getDb().savedSearches.get(search.id))?.lastViewedAt).not.toBeNull());
    await waitFor(() => expect(linkFor('Forklift jobs').textContent).toContain('Nothing new since you last looked'));
    expect(linkFor('Tacoma').textContent).toContain('2 new since you last looked');

    // A job added now (an import, another window) shows up as new, in the list and when opened again.
    fireEvent.click(linkFor('Tacoma'));
    await screen.findByRole('heading', { level: 2, name: 'Tacoma' });
    await act(async () => {
      await seedJob({ title: 'Forklift trainer', employer: 'Port of Tacoma', location: 'Tacoma, WA' });
    });
    await waitFor(() => expect(linkFor('Forklift jobs').textContent).toContain('1 new since you last looked'));
    fireEvent.click(linkFor('Forklift jobs'));
    expect(await screen.findByText(/^You last looked on /)).toBeTruthy();
    expect(await screen.findByText('3 jobs match this search. 1 new job since you last looked, marked “New”.')).toBeTruthy();
    const item = within(screen.getByRole('list', { name: 'Jobs that match' })).getByRole('link', { name: 'Forklift trainer' }).closest('li')!;
    expect(within(item).getByText('New')).toBeTruthy();
  });

  it('creates a search from the dialog, with pay and stages, after explaining what is wrong', async () => {
    await seedJob({ title: 'Forklift operator', source: 'Indeed', pay: { min: 21, max: 24, period: 'hour', currency: 'USD' } }, [['applied', '2024-03-05']]);
    await seedJob({ title: 'Clerk', source: 'indeed', pay: { min: 15, max: 16, period: 'hour', currency: 'USD' } }, [['applied', '2024-03-05']]);
    await seedJob({ title: 'Driver', source: 'Indeed', pay: { min: 45_000, max: 52_000, period: 'year', currency: 'USD' } });
    renderAt('/saved-searches');
    fireEvent.click((await screen.findAllByRole('button', { name: 'New saved search' }))[0]);
    const form = await screen.findByRole('dialog', { name: 'New saved search' });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: 'twenty' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save search' }));
    expect(await within(form).findByRole('button', { name: 'Give the search a name.' })).toBeTruthy();
    expect(within(form).getAllByText('Type an amount such as 20 or 45000, or leave it empty.')).toHaveLength(2);

    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Indeed, $20 an hour' } });
    fireEvent.change(within(form).getByLabelText('Amount'), { target: { value: '$20' } });
    fireEvent.change(within(form).getByLabelText('Source or job board (optional)'), { target: { value: 'Indeed' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Applied' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Saved' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save search' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Indeed, $20 an hour' })).toBeTruthy();
    const [stored] = await getDb().savedSearches.toArray();
    expect(stored.filter).toEqual({ minPay: { amount: 20, period: 'hour', currency: 'USD' }, stages: ['saved', 'applied'], sources: ['Indeed'] });
    expect(screen.getByText('Pay at least $20 an hour')).toBeTruthy();
    expect(screen.getByText('Stage: Saved or Applied')).toBeTruthy();
    const matches = await screen.findByRole('list', { name: 'Jobs that match' });
    // The yearly salary counts as more than $20 an hour; the $16 clerk doesn't.
    expect(within(matches).getAllByRole('link').map((a) => a.textContent).sort()).toEqual(['Driver', 'Forklift operator']);
  });

  it('edits and deletes a search, with Undo', async () => {
    const search = await addSavedSearch(getDb(), { name: 'Cooks', filter: { text: 'cook' } });
    renderAt(`/saved-searches/${search.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('dialog', { name: 'Edit saved search' });
    expect((within(form).getByLabelText('Words (optional)') as HTMLInputElement).value).toBe('cook');
    fireEvent.change(within(form).getByLabelText('Place (optional)'), { target: { value: 'Seattle' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Place: Seattle')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Save a search to watch for new jobs' })).toBeTruthy();
    fireEvent.click(within(await findToast('Deleted the search “Cooks”.')).getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Cooks' })).toBeTruthy();
    expect((await getDb().savedSearches.get(search.id))?.filter).toEqual({ text: 'cook', location: 'Seattle' });
  });
});

describe('saved-search form', () => {
  it('reads amounts as people type them', () => {
    expect(['20', '20.50', '$45,000', '20,5', ' 1 000 '].map(parseAmount)).toEqual([20, 20.5, 45000, 20.5, 1000]);
    expect(['twenty', '1.2.3', '-5', ''].map(parseAmount)).toEqual([null, null, null, null]);
  });

  it('keeps the parts of a filter the form does not show', () => {
    const draft = draftFromSearch({ name: 'x', filter: { text: 'a', workplaces: ['remote'], sources: ['Indeed', 'WorkSource'] } });
    expect(draft.source).toBe('Indeed, WorkSource');
    expect(filterFromDraft({ ...draft, text: '' }, { text: 'a', workplaces: ['remote'] })).toEqual({ workplaces: ['remote'], sources: ['Indeed', 'WorkSource'] });
  });
});
