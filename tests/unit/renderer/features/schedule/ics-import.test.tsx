process.env.TZ = 'America/Los_Angeles';

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { ICS_MAX_BYTES } from '../../../../../shared/domain/schedule';
import { chooseFile, eventually, findToast, fixtureFile, haveFixtures, renderSchedule, seedEvent } from './support';

const fileInput = () => document.querySelector('input[type=file]') as HTMLInputElement;
const ics = (name: string, text: string) => new File([text.replace(/\n/g, '\r\n')], name, { type: 'text/calendar' });

async function importDialog(): Promise<HTMLElement> {
  return screen.findByRole('dialog', { name: 'Import a calendar file' });
}

describe.skipIf(!haveFixtures)('Importing real calendar files', () => {
  it('imports the Google Calendar export at the right local time; importing it again changes nothing', async () => {
    renderSchedule('/schedule/day/2024-10-04');
    await screen.findByRole('grid', { name: 'Friday, October 4, 2024' });
    chooseFile(fileInput(), fixtureFile('alarm_google_future.ics'));
    const dialog = await importDialog();
    expect(await within(dialog).findByText('1 new event to add')).toBeTruthy();
    expect(within(dialog).getByText('Calendar: Nicco Kunzmann')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 1 event' }));
    await findToast('Imported from “alarm_google_future.ics”: 1 added, 0 updated.');
    // 18:15–19:00 UTC is 11:15 AM–12:00 PM in Los Angeles (daylight time).
    expect(await screen.findByRole('link', { name: /^event with alarms, Friday, October 4, 11:15 AM to 12:00 PM/ })).toBeTruthy();
    const [stored] = await getDb().events.toArray();
    expect(stored.uid).toBe('79fs7pkqvht9m5igs0vjv1sfra@google.com');

    chooseFile(fileInput(), fixtureFile('alarm_google_future.ics'));
    const again = await importDialog();
    expect(await within(again).findByText('1 event already in your schedule, no change')).toBeTruthy();
    expect(within(again).getByText('Everything in this file is already in your schedule. There is nothing new to import.')).toBeTruthy();
    expect(within(again).queryByRole('button', { name: /^Import/ })).toBeNull();
    fireEvent.click(within(again).getAllByRole('button', { name: 'Close' })[1]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await getDb().events.count()).toBe(1);
  });

  it('lists every event a broken calendar can’t import and why, and imports nothing from it', async () => {
    renderSchedule('/schedule/agenda/2020-01-01');
    await screen.findByRole('heading', { level: 1, name: 'My schedule' });
    chooseFile(fileInput(), fixtureFile('big_bad_calendar.ics'));
    const dialog = await importDialog();
    expect(await within(dialog).findByText('20 events can’t be imported')).toBeTruthy();
    expect(within(dialog).getByText('Nothing in this file can be imported. The list below says why.')).toBeTruthy();
    expect(within(dialog).getAllByText(/^An event \(line \d+\): it has no start time\.$/)).toHaveLength(20);
    expect(within(dialog).queryByRole('button', { name: /^Import/ })).toBeNull();
  });

  it('says an empty calendar has no events', async () => {
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    chooseFile(fileInput(), fixtureFile('empty.ics'));
    const dialog = await importDialog();
    expect(await within(dialog).findByText('This calendar file has no events in it.')).toBeTruthy();
  });

  it('imports the valid events of a file with unreadable dates, and says what was left out', async () => {
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    chooseFile(fileInput(), fixtureFile('parsing_error.ics'));
    const dialog = await importDialog();
    expect(await within(dialog).findByText('2 new events to add')).toBeTruthy();
    expect(within(dialog).getByRole('heading', { name: 'Imported, but check these' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 2 events' }));
    await findToast(/: 2 added, 0 updated\.$/);
    expect(await getDb().events.count()).toBe(2);
  });
});

describe('Importing calendar files', () => {
  it('refuses a file over the size limit before reading it, and says what to do', async () => {
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    const big = new File([new Uint8Array(ICS_MAX_BYTES + 1)], 'huge.ics', { type: 'text/calendar' });
    chooseFile(fileInput(), big);
    const dialog = await importDialog();
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'This calendar file is 10 MB; files up to 10 MB can be imported. In your calendar program, export a shorter date range and import that.',
    );
    expect(await getDb().events.count()).toBe(0);
  });

  it('updates an event imported before (same UID) rather than adding it twice, and keeps its job link', async () => {
    const existing = await seedEvent({ title: 'Old title', start: '2026-12-09T10:00', end: '2026-12-09T11:00', jobId: 'job1234567' });
    await getDb().events.update(existing.id, { uid: 'shared-uid@example.com' });
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    chooseFile(
      fileInput(),
      ics(
        'update.ics',
        `BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//test//EN
BEGIN:VEVENT
UID:shared-uid@example.com
DTSTAMP:20261201T000000Z
DTSTART;TZID=America/Los_Angeles:20261209T130000
DTEND;TZID=America/Los_Angeles:20261209T140000
SUMMARY:New title
END:VEVENT
BEGIN:VEVENT
UID:broken@example.com
DTSTAMP:20261201T000000Z
DTSTART:20261210T100000Z
DTEND:20261210T090000Z
SUMMARY:Backwards
END:VEVENT
END:VCALENDAR`,
      ),
    );
    const dialog = await importDialog();
    expect(await within(dialog).findByText('1 event you imported before, with changes')).toBeTruthy();
    expect(within(dialog).getByText('1 event can’t be imported')).toBeTruthy();
    expect(within(dialog).getByText('“Backwards” (line 11): it ends before it starts.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import 1 event' }));
    const toast = await findToast('Imported from “update.ics”: 0 added, 1 updated.');
    const events = await getDb().events.toArray();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ id: existing.id, title: 'New title', start: '2026-12-09T13:00', jobId: 'job1234567' });
    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await eventually(async () => expect((await getDb().events.get(existing.id))?.title).toBe('Old title'));
  });

  it('refuses a file that is not a calendar by its name, without reading it', async () => {
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    chooseFile(fileInput(), new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    const dialog = await importDialog();
    expect(await within(dialog).findByText('“notes.txt” is not a calendar file. Choose a file whose name ends in .ics.')).toBeTruthy();
  });

  it('imports a file dropped on the page', async () => {
    renderSchedule('/schedule/month/2026-12');
    await screen.findByRole('grid');
    const file = ics('drop.ics', 'BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:d1@x\nDTSTART;VALUE=DATE:20261224\nSUMMARY:Office closed\nEND:VEVENT\nEND:VCALENDAR');
    const dataTransfer = { types: ['Files'], files: [file], dropEffect: 'none' };
    fireEvent.dragEnter(window, { dataTransfer });
    expect(await screen.findByText('Drop the calendar file to import it')).toBeTruthy();
    fireEvent.drop(window, { dataTransfer });
    const dialog = await importDialog();
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import 1 event' }));
    expect(await screen.findByRole('link', { name: /^Office closed, Thursday, December 24, all day/ })).toBeTruthy();
  });
});
