import { execFileSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical axe findings on the current page, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** YYYY-MM-DD of a local date. */
function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Last week's Sunday and Saturday, and its Tuesday (a day surely in the past). */
function lastWeek(): { start: string; end: string; tuesday: string } {
  const sunday = new Date();
  sunday.setHours(12, 0, 0, 0);
  sunday.setDate(sunday.getDate() - sunday.getDay() - 7);
  const at = (days: number) => isoDay(new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + days, 12));
  return { start: at(0), end: at(6), tuesday: at(2) };
}

async function addActivity(page: Page, fields: { date: string; type: string; employer: string; person: string; method: string; position: string; result: string }) {
  await page.getByRole('button', { name: 'Add activity' }).first().click();
  const form = page.getByRole('dialog', { name: 'Add an activity' });
  await expect(form.getByLabel('Date')).toBeFocused();
  await form.getByLabel('Date').fill(fields.date);
  await form.getByLabel('What did you do?').selectOption({ label: fields.type });
  await form.getByLabel('Employer or organization').fill(fields.employer);
  await form.getByLabel('Contact person (optional)').fill(fields.person);
  await form.getByLabel('How (optional)').fill(fields.method);
  await form.getByLabel('Position (optional)').fill(fields.position);
  await form.getByLabel('Result (optional)').fill(fields.result);
  await form.getByRole('button', { name: 'Add activity' }).click();
  await expect(form).toBeHidden();
}

test('an activity recorded for last week is in that week’s printable PDF', async ({ page, app }, testInfo) => {
  const week = lastWeek();
  await page.goto(`${app.origin}/#/activity`);
  await expect(page.locator('h1')).toHaveText('Activity log');
  await addActivity(page, {
    date: week.tuesday, type: 'Workshop', employer: 'WorkSource Tacoma', person: 'Marcus Lee', method: 'In person', position: '', result: 'Resume workshop',
  });
  await addActivity(page, {
    date: week.tuesday, type: 'Contacted an employer', employer: 'Harbor Logistics', person: 'Ana Peña', method: 'Phone', position: 'Forklift driver', result: 'Asked to apply online',
  });
  const lastWeekCard = page.getByRole('region', { name: /Last week/ });
  await expect(lastWeekCard.getByText('2 of 3 — 1 short')).toBeVisible();
  await expect(lastWeekCard.getByText('Harbor Logistics')).toBeVisible();

  await page.getByRole('radio', { name: /^Last week/ }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PDF to print' }).click()]);
  expect(download.suggestedFilename()).toBe(`Job search log ${week.start} to ${week.end}.pdf`);
  await expect(page.getByText(`Downloaded “Job search log ${week.start} to ${week.end}.pdf” with 2 activities.`)).toBeVisible();
  const file = testInfo.outputPath('log.pdf');
  await download.saveAs(file);

  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Requirement: at least 3 job-search activities each week (Sunday to Saturday)');
  expect(text).toMatch(/Week of Sunday, .+2 of 3 done · 1 short/);
  // One printed line per row (long cells wrap onto the next line): date, type, employer, contact, position, result.
  const [y, m, d] = week.tuesday.split('-').map(Number);
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  expect(text).toMatch(new RegExp(`${day}\\s+Workshop\\s+WorkSource Tacoma\\s+Marcus Lee\\s+Resume workshop\\n.*In person`));
  expect(text).toMatch(new RegExp(`${day}\\s+Contacted an\\s+Harbor Logistics\\s+Ana Peña\\s+Forklift driver\\s+Asked to apply online\\n\\s+employer\\s+Phone`));
});

/** Something on each page (a contact with no jobs yet, a saved search, an activity added by hand); returns the detail pages' routes. */
async function fillPages(page: Page, origin: string): Promise<string[]> {
  await page.goto(`${origin}/#/contacts`);
  await page.getByRole('button', { name: 'Add contact' }).first().click();
  const contactForm = page.getByRole('dialog', { name: 'Add a contact' });
  await contactForm.getByLabel('Name').fill('Ana Peña');
  await contactForm.getByLabel('Role').selectOption({ label: 'Recruiter' });
  await contactForm.getByLabel('Employer (optional)').fill('Acme Warehouse');
  await contactForm.getByLabel('Email (optional)').fill('ana@acme.example');
  await contactForm.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ana Peña' })).toBeVisible();
  const contactPage = new URL(page.url()).hash;

  await page.goto(`${origin}/#/saved-searches`);
  await page.getByRole('button', { name: 'New saved search' }).first().click();
  const searchForm = page.getByRole('dialog', { name: 'New saved search' });
  await searchForm.getByLabel('Name').fill('Forklift jobs near Tacoma');
  await searchForm.getByLabel('Words (optional)').fill('forklift');
  await searchForm.getByRole('checkbox', { name: 'Saved' }).check();
  await searchForm.getByRole('button', { name: 'Save search' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Forklift jobs near Tacoma' })).toBeVisible();
  const searchPage = new URL(page.url()).hash;

  await page.goto(`${origin}/#/activity`);
  await addActivity(page, { date: lastWeek().tuesday, type: 'Job center appointment', employer: 'WorkSource', person: '', method: 'In person', position: '', result: 'Met my counselor' });
  return [contactPage, searchPage];
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems on contacts, saved searches and the activity log, ${colorScheme} theme`, async ({ page, app }) => {
    test.setTimeout(45_000); // three forms filled and six axe scans
    await page.emulateMedia({ colorScheme });
    const [contactPage, searchPage] = await fillPages(page, app.origin);
    for (const route of ['#/contacts', contactPage, '#/saved-searches', searchPage, '#/activity']) {
      await page.goto(`${app.origin}/${route}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.locator('main').getByText(/^Loading/)).toHaveCount(0);
      expect.soft(await seriousViolations(page), `axe on ${route} (${colorScheme})`).toEqual([]);
    }
    // An open form with its error summary showing (the summary takes focus).
    await page.goto(`${app.origin}/#/contacts`);
    await page.getByRole('button', { name: 'Add contact' }).first().click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add contact' }).click();
    await expect(page.getByRole('dialog').getByRole('alert')).toBeFocused();
    expect.soft(await seriousViolations(page), `axe on the contact form with errors (${colorScheme})`).toEqual([]);
  });
}

test('keyboard only: N adds a contact, Enter saves, arrows move in the list, Esc closes', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/contacts`);
  await expect(page.locator('h1')).toHaveText('Contacts');
  for (const name of ['Marcus Lee', 'Ana Peña']) {
    await page.keyboard.press('n');
    const form = page.getByRole('dialog', { name: 'Add a contact' });
    await expect(form.getByLabel('Name')).toBeFocused();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(form).toBeHidden();
    await expect(page.getByRole('heading', { level: 2, name })).toBeFocused();
  }
  const list = page.getByRole('list', { name: 'Your contacts' });
  await list.getByRole('link', { name: /Ana Peña/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('link', { name: /Marcus Lee/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Marcus Lee' })).toBeVisible();
  await page.keyboard.press('n');
  await expect(page.getByRole('dialog', { name: 'Add a contact' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Add a contact' })).toBeHidden();

  await page.goto(`${app.origin}/#/activity`);
  await expect(page.locator('h1')).toHaveText('Activity log');
  await page.keyboard.press('n');
  const form = page.getByRole('dialog', { name: 'Add an activity' });
  await expect(form.getByLabel('Date')).toBeFocused();
  await form.getByLabel('Employer or organization').focus();
  await page.keyboard.type('WorkSource');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByRole('region', { name: /This week/ }).getByText('1 of 3 this week — 2 more to go')).toBeVisible();
});

test('at 200% zoom (640 px wide) the new pages don’t scroll sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  for (const route of ['#/contacts', '#/saved-searches', '#/activity']) {
    await page.goto(`${app.origin}/${route}`);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect.soft(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
