process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../../../../../shared/domain/schedule';
import { catchDownloads, findToast, renderSchedule, seedEvent } from './support';

describe('Saving calendar files', () => {
  it('saves one event as an .ics that reads back as the same event, UID included', async () => {
    const interview = await seedEvent({ title: 'Interview with Acme', kind: 'interview', start: '2026-12-09T10:00', end: '2026-12-09T11:00', location: 'Acme, Floor 2; Room 5' });
    const downloads = catchDownloads();
    renderSchedule(`/schedule/event/${interview.id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Save as calendar file' }));
    await findToast(/^Saved “Interview with Acme” as a calendar file\./);
    expect(downloads.map((d) => d.name)).toEqual(['Interview-with-Acme.ics']);
    const text = await downloads[0].blob.text();
    expect(text.split('\r\n')[0]).toBe('BEGIN:VCALENDAR');
    const read = parseIcs(text);
    expect(read.events).toHaveLength(1);
    expect(read.events[0]).toMatchObject({ uid: interview.uid, fields: { title: 'Interview with Acme', start: '2026-12-09T10:00', end: '2026-12-09T11:00', timeZone: 'America/Los_Angeles', location: 'Acme, Floor 2; Room 5', kind: 'interview' } });
  });

  it('saves the dates shown (or others) as one file, and says when there is nothing in them', async () => {
    await seedEvent({ title: 'In December', start: '2026-12-09T10:00', end: '2026-12-09T11:00' });
    await seedEvent({ title: 'In February', start: '2027-02-09T10:00', end: '2027-02-09T11:00' });
    const downloads = catchDownloads();
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    fireEvent.click(screen.getByRole('button', { name: 'Save dates as calendar file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Save dates as a calendar file' });
    expect((within(dialog).getByLabelText('From') as HTMLInputElement).value).toBe('2026-11-29');
    expect((within(dialog).getByLabelText('To') as HTMLInputElement).value).toBe('2027-01-02');
    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2027-01-10' } });
    fireEvent.change(within(dialog).getByLabelText('To'), { target: { value: '2027-01-20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save file' }));
    expect(await within(dialog).findByText('There are no events from Sun, Jan 10, 2027 to Wed, Jan 20, 2027. Choose other dates.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2027-01-30' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save file' }));
    expect(await within(dialog).findByText('The “To” date is before the “From” date. Choose a later one.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('From'), { target: { value: '2026-12-01' } });
    fireEvent.change(within(dialog).getByLabelText('To'), { target: { value: '2027-02-28' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save file' }));
    await findToast(/^Saved 2 events from Tue, Dec 1, 2026 to Sun, Feb 28, 2027/);
    expect(downloads.map((d) => d.name)).toEqual(['schedule-2026-12-01-to-2027-02-28.ics']);
    expect(parseIcs(await downloads[0].blob.text()).events.map((e) => e.fields.title).sort()).toEqual(['In December', 'In February']);
  });
});
