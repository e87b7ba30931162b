import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb, getMyDetails } from '../../../../../renderer/src/db';
import { findToast, renderAt } from '../letters/support';

describe('My details', () => {
  it('is reached from Settings, checks the form, and keeps the details once', async () => {
    renderAt('/settings');
    const card = (await screen.findByRole('heading', { level: 2, name: 'My details' })).closest('section')!;
    expect(within(card).getByText('Add your name and how to reach you. Every letter uses them.')).toBeTruthy();
    fireEvent.click(within(card).getByRole('link', { name: 'Add my details' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'My details' })).toBeTruthy();
    fireEvent.change(await screen.findByLabelText('Email (optional)'), { target: { value: 'jose at example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my details' }));
    const summary = await waitFor(() => document.querySelector<HTMLElement>('.error-summary')!);
    expect(within(summary).getByRole('button', { name: 'Type your name. Letters need it.' })).toBeTruthy();
    expect(within(summary).getByRole('button', { name: 'Type an email address like name@example.com, or leave it empty.' })).toBeTruthy();
    expect(await getDb().profile.count()).toBe(0);

    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'José Müller-Nguyễn' } });
    fireEvent.change(screen.getByLabelText('Email (optional)'), { target: { value: 'jose@example.com' } });
    fireEvent.change(screen.getByLabelText('Address (optional)'), { target: { value: '12 Main St\nTacoma, WA 98402' } });
    fireEvent.change(screen.getByLabelText('Links (optional)'), { target: { value: 'https://linkedin.com/in/jose\n\nhttps://jose.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save my details' }));
    expect(await findToast('Your details are saved.')).toBeTruthy();
    expect(await getMyDetails(getDb())).toEqual({
      name: 'José Müller-Nguyễn',
      email: 'jose@example.com',
      phone: '',
      address: '12 Main St\nTacoma, WA 98402',
      links: ['https://linkedin.com/in/jose', 'https://jose.example'],
    });

    fireEvent.click(screen.getByRole('link', { name: 'Settings' }));
    const updated = (await screen.findByRole('heading', { level: 2, name: 'My details' })).closest('section')!;
    await waitFor(() => expect(within(updated).getByText('José Müller-Nguyễn · jose@example.com')).toBeTruthy());
    expect(within(updated).getByRole('link', { name: 'Change my details' })).toBeTruthy();
  });
});
