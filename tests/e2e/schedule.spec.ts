import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { AppHost, REPO_ROOT } from './support/app';
import { expect, openApp, test } from './support/fixtures';

// The browser runs on Los Angeles time, so every time on screen is a converted one.
const ZONE = 'America/Los_Angeles';
test.use({ timezoneId: ZONE });

const ICS = path.join(REPO_ROOT, '../shared/fixtures/real/ics');

/** The spoken labels of the agenda's events, in order: what a user (or a screen reader) finds there. */
async function agendaLabels(page: Page): Promise<string[]> {
  const list = page.getByRole('region', { name: 'Coming up' });
  await expect(list).toBeVisible();
  return list.getByRole('link').evaluateAll((links) => links.map((l) => l.getAttribute('aria-label') ?? ''));
}

/** Chooses a calendar file for "Import calendar file" and imports everything it offers. */
async function importFile(page: Page, file: string, expectedCount: number): Promise<void> {
  await page.locator('input[type=file]').setInputFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Import a calendar file' });
  const label = expectedCount === 1 ? 'Import 1 event' : `Import ${expectedCount} events`;
  await dialog.getByRole('button', { name: label }).click();
  await expect(dialog).toBeHidden();
}

/** A second app on its own fresh data folder, in its own browser context on the same time zone. */
async function freshApp(browser: Browser): Promise<{ app: AppHost; page: Page; close(): Promise<void> }> {
  const app = await AppHost.start();
  const context = await browser.newContext({ timezoneId: ZONE, acceptDownloads: true });
  const page = await context.newPage();
  await openApp(page, app);
  return {
    app,
    page,
    close: async () => {
      await context.close();
      await app.dispose();
    },
  };
}

test('imports the Google Calendar export and shows the event at the right local time', async ({ page, app }) => {
  test.skip(!fs.existsSync(ICS), '../shared/fixtures/real/ics is not beside this clone');
  await page.goto(`${app.origin}/#/schedule/day/2024-10-04`);
  await expect(page.getByRole('grid', { name: 'Friday, October 4, 2024' })).toBeVisible();
  await importFile(page, path.join(ICS, 'alarm_google_future.ics'), 1);
  await expect(page.getByText(/^Imported from “alarm_google_future\.ics”: 1 added, 0 updated\.$/)).toBeVisible();
  // 18:15–19:00 UTC on 4 October 2024 is 11:15 AM–12:00 PM Pacific Daylight Time.
  const event = page.getByRole('link', { name: /^event with alarms, Friday, October 4, 11:15 AM to 12:00 PM/ });
  await expect(event).toBeVisible();
  await expect(event).toContainText('11:15 AM – 12:00 PM');
  await event.click();
  await expect(page.getByRole('heading', { level: 1, name: 'event with alarms' })).toBeVisible();
  await expect(page.getByText('15 minutes before')).toBeVisible();
});

test('a weekly workshop saved as .ics opens in a fresh app with the same dates, across the change to daylight time', async ({ page, app, browser }) => {
  await page.goto(`${app.origin}/#/schedule/week/2027-03-02`);
  await expect(page.getByRole('grid', { name: /^Week of Feb 28\s–\sMar 6, 2027$/ })).toBeVisible();
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('dialog', { name: 'New event' });
  await form.getByLabel('What kind of event').selectOption('workshop');
  await form.getByLabel(/^Title/).fill('Resume workshop at the library');
  await form.getByLabel('Start date').fill('2027-03-02');
  await form.getByLabel('Start time').fill('14:00');
  await form.getByLabel('End time').fill('16:00');
  await form.getByLabel('Repeat').selectOption('weekly');
  await form.getByLabel('After a number of times').check();
  await form.getByLabel('How many times').fill('4');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('link', { name: /^Resume workshop at the library, Tuesday, March 2, 2:00 PM to 4:00 PM/ })).toBeVisible();

  await page.goto(`${app.origin}/#/schedule/agenda/2027-03-01`);
  const here = await agendaLabels(page);
  // Four Tuesdays at 2 PM, the clocks' change on 14 March notwithstanding.
  expect(here).toEqual([
    'Resume workshop at the library, Tuesday, March 2, 2:00 PM to 4:00 PM (Workshop)',
    'Resume workshop at the library, Tuesday, March 9, 2:00 PM to 4:00 PM (Workshop)',
    'Resume workshop at the library, Tuesday, March 16, 2:00 PM to 4:00 PM (Workshop)',
    'Resume workshop at the library, Tuesday, March 23, 2:00 PM to 4:00 PM (Workshop)',
  ]);

  await page.getByRole('region', { name: 'Coming up' }).getByRole('link').first().click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as calendar file' }).click()]);
  expect(download.suggestedFilename()).toBe('Resume-workshop-at-the-library.ics');
  const saved = test.info().outputPath('workshop.ics');
  await download.saveAs(saved);
  const text = fs.readFileSync(saved, 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toMatch(/\r\nBEGIN:VTIMEZONE\r\nTZID:America\/Los_Angeles\r\n/);

  const other = await freshApp(browser);
  try {
    await other.page.goto(`${other.app.origin}/#/schedule/month/2027-03`);
    await expect(other.page.getByRole('grid', { name: 'March 2027' })).toBeVisible();
    await importFile(other.page, saved, 1);
    await other.page.goto(`${other.app.origin}/#/schedule/agenda/2027-03-01`);
    expect(await agendaLabels(other.page)).toEqual(here);
  } finally {
    await other.close();
  }
});

test('schedules an interview from a job and moves the job to Interviewing', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/jobs/new`);
  await page.getByLabel('Job title').fill('Warehouse lead');
  await page.getByLabel('Employer').fill('Acme Logistics');
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page).toHaveURL(/#\/jobs\/[A-Za-z0-9_-]{6,}$/);

  const events = page.getByRole('region', { name: 'Events' });
  await events.getByRole('button', { name: 'Schedule interview' }).click();
  const form = page.getByRole('dialog', { name: 'New event' });
  await expect(form.getByLabel(/^Title/)).toHaveValue('Interview with Acme Logistics');
  await expect(form.getByLabel('Job')).toHaveValue(/.+/);
  await form.getByLabel('Start time').fill('13:30');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form).toBeHidden();

  const offer = page.getByRole('group', { name: 'Your interview is in your schedule. Move “Warehouse lead” to Interviewing?' });
  await expect(offer).toBeFocused();
  await offer.getByRole('button', { name: 'Move to Interviewing' }).click();
  await expect(page.getByText('Interviewing', { exact: true }).first()).toBeVisible();
  const interview = events.getByRole('link', { name: /^Interview with Acme Logistics, .*1:30 PM to 2:30 PM \(Interview\)$/ });
  await expect(interview).toBeVisible();

  await interview.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview with Acme Logistics' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Warehouse lead — Acme Logistics' })).toBeVisible();
});

test('moves an event in the week view by dragging it and by the keyboard', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/schedule/day/2027-03-03`);
  await page.getByRole('button', { name: 'New event' }).click();
  const form = page.getByRole('dialog', { name: 'New event' });
  await form.getByLabel(/^Title/).fill('Phone screen');
  await form.getByLabel('Start time').fill('10:00');
  await form.getByLabel('End time').fill('10:30');
  await form.getByRole('button', { name: 'Add event' }).click();
  await expect(form).toBeHidden();
  const block = page.getByRole('link', { name: /^Phone screen, Wednesday, March 3, 10:00 AM to 10:30 AM/ });
  await block.scrollIntoViewIfNeeded();

  // Drag down by one hour (48 px an hour), in 15-minute steps.
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 5);
  await page.mouse.down();
  for (let step = 1; step <= 8; step++) await page.mouse.move(box.x + box.width / 2, box.y + 5 + step * 6);
  await page.mouse.up();
  await expect(page.getByRole('link', { name: /^Phone screen, Wednesday, March 3, 11:00 AM to 11:30 AM/ })).toBeVisible();

  await page.getByRole('link', { name: /^Phone screen/ }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('link', { name: /^Phone screen, Wednesday, March 3, 10:45 AM to 11:15 AM/ })).toBeFocused();
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect(page.getByRole('link', { name: /^Phone screen, Wednesday, March 3, 10:45 AM to 11:30 AM/ })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^Moved: Phone screen/ })).toHaveText(/10:45 AM to 11:30 AM/);
});
