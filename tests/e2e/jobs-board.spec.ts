import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Adds a job the way a user does: the Add job form, then Save job. Resolves to the job's address. */
async function addJob(page: Page, origin: string, fields: { title: string; employer?: string; place?: string }): Promise<string> {
  await page.goto(`${origin}/#/jobs/new`);
  await page.getByRole('textbox', { name: /^Job title/ }).fill(fields.title);
  if (fields.employer) await page.getByRole('textbox', { name: /^Employer/ }).fill(fields.employer);
  if (fields.place) await page.getByRole('textbox', { name: /^Place/ }).fill(fields.place);
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: fields.title })).toBeVisible();
  return new URL(page.url()).hash;
}

const column = (page: Page, name: string): Locator => page.locator('section.board-column', { has: page.getByRole('heading', { level: 2, name: new RegExp(`^${name}\\b`) }) });
const card = (where: Locator, title: string): Locator => where.getByRole('button', { name: title, exact: true });

/** Serious and critical axe findings, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a job added by form moves through the stages by keyboard on the board, and its page shows the timeline', async ({ page, app }) => {
  test.setTimeout(60_000);
  await addJob(page, app.origin, { title: 'Warehouse lead', employer: 'Acme Logistics', place: 'Kent, WA' });
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(card(column(page, 'Saved'), 'Warehouse lead')).toBeVisible();

  // Space picks the card up, the right arrow carries it to the next column, Space drops it.
  const live = page.locator('[id^=DndLiveRegion]');
  await card(column(page, 'Saved'), 'Warehouse lead').focus();
  await page.keyboard.press('Space');
  await expect(live.first()).toContainText('Picked up Warehouse lead, now in Saved.');
  await page.keyboard.press('ArrowRight');
  await expect(live.first()).toContainText('Warehouse lead is over Applied.');
  await page.keyboard.press('Space');
  await expect(card(column(page, 'Applied'), 'Warehouse lead')).toBeVisible();
  await expect(page.getByText('Moved “Warehouse lead” to Applied.')).toBeVisible();
  await expect(card(column(page, 'Applied'), 'Warehouse lead')).toBeFocused();

  // On to Interviewing; then a move to Offer that is cancelled with Escape. (The sensor starts
  // listening for arrows a moment after the pick-up, so each step waits for what is announced.)
  await page.keyboard.press('Space');
  await expect(live.first()).toContainText('Picked up Warehouse lead, now in Applied.');
  await page.keyboard.press('ArrowRight');
  await expect(live.first()).toContainText('Warehouse lead is over Interviewing.');
  await page.keyboard.press('Space');
  await expect(card(column(page, 'Interviewing'), 'Warehouse lead')).toBeVisible();
  await expect(card(column(page, 'Interviewing'), 'Warehouse lead')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(live.first()).toContainText('Picked up Warehouse lead, now in Interviewing.');
  await page.keyboard.press('ArrowRight');
  await expect(live.first()).toContainText('Warehouse lead is over Offer.');
  await page.keyboard.press('Escape');
  await expect(live.first()).toContainText('Moving was cancelled. Warehouse lead stays in Interviewing.');
  await expect(card(column(page, 'Interviewing'), 'Warehouse lead')).toBeVisible();
  await expect(column(page, 'Offer').getByRole('button', { name: 'Warehouse lead', exact: true })).toHaveCount(0);

  // Enter opens the job: its history has every step, each with today's date.
  await card(column(page, 'Interviewing'), 'Warehouse lead').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Warehouse lead' })).toBeVisible();
  const history = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'History' }) });
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history.getByRole('listitem').nth(0)).toContainText('Saved');
  await expect(history.getByRole('listitem').nth(1)).toContainText('Applied');
  await expect(history.getByRole('listitem').nth(2)).toContainText('Interviewing');
  await expect(history.getByRole('listitem').nth(2)).toContainText('Now');
});

test('a mouse drags a card to another column, and “Move to…” does the same without dragging', async ({ page, app }) => {
  await addJob(page, app.origin, { title: 'Forklift operator', employer: 'Pacific Freight' });
  await page.goto(`${app.origin}/#/jobs/board`);
  const source = card(column(page, 'Saved'), 'Forklift operator');
  const target = column(page, 'Offer');
  const from = (await source.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + 30, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await expect(target).toContainText('Drop to move to Offer');
  await page.mouse.up();
  await expect(card(column(page, 'Offer'), 'Forklift operator')).toBeVisible();

  await column(page, 'Offer').getByRole('button', { name: /Move to… Forklift operator/ }).click();
  await page.getByRole('menuitem', { name: 'Withdrawn' }).click();
  await expect(page.getByText('Moved “Forklift operator” to Withdrawn.')).toBeVisible();
  const closed = page.locator('section.closed-row');
  await expect(closed.locator('.closed-zone', { hasText: 'Withdrawn' })).toContainText('1');
});

test('a document imported on the Resumes page is attached to a job, by its exact version', async ({ page, app }) => {
  test.setTimeout(40_000);
  await page.goto(`${app.origin}/#/documents/resumes`);
  await page.locator('input[type=file]').first().setInputFiles(path.join(REPO_ROOT, 'tests/fixtures/documents/utf8.txt'));
  await expect(page.getByRole('heading', { level: 2, name: /utf8/ })).toBeVisible();

  const jobUrl = await addJob(page, app.origin, { title: 'Shipping clerk', employer: 'Harbor Market' });
  await page.goto(`${app.origin}/${jobUrl}`);
  await page.getByRole('button', { name: 'Add a document you sent' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a document you sent' });
  await dialog.getByRole('combobox', { name: 'Document' }).selectOption({ label: 'utf8' });
  await expect(dialog.getByRole('combobox', { name: /Version/ })).toContainText('Version 1 — current');
  await dialog.getByRole('button', { name: 'Add document' }).click();
  const sent = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Documents sent' }) });
  await expect(sent.getByRole('link', { name: 'utf8 — Version 1' })).toBeVisible();
  await page.reload();
  await expect(sent.getByRole('link', { name: 'utf8 — Version 1' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems on the board, the table and a job page, ${colorScheme} theme`, async ({ page, app }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme });
    const jobUrl = await addJob(page, app.origin, { title: 'Line cook', employer: 'Café Peña', place: 'Yakima, WA' });
    await addJob(page, app.origin, { title: 'Cashier', employer: 'Harbor Market' });
    for (const route of ['#/jobs/board', '#/jobs/table', jobUrl]) {
      await page.goto(`${app.origin}/${route}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(page.locator('.job-card, .jobs-table__row, .timeline__step').first()).toBeVisible();
      expect.soft(await seriousViolations(page), `axe on ${route} (${colorScheme})`).toEqual([]);
    }
    // With the menu open, and with closed jobs shown.
    await page.goto(`${app.origin}/#/jobs/board`);
    await column(page, 'Saved').getByRole('button', { name: /Move to… Cashier/ }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    expect.soft(await seriousViolations(page), `axe with Move to… open (${colorScheme})`).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Show 0 closed jobs/ }).click();
    expect.soft(await seriousViolations(page), `axe with closed jobs shown (${colorScheme})`).toEqual([]);
  });
}

test('at 200% zoom (640 px wide) the jobs pages do not scroll sideways; the board scrolls inside itself', async ({ page, app }) => {
  const jobUrl = await addJob(page, app.origin, { title: 'Welder', employer: 'Olympic Builders' });
  await page.setViewportSize({ width: 640, height: 400 });
  for (const route of ['#/jobs/board', '#/jobs/table', jobUrl]) {
    await page.goto(`${app.origin}/${route}`);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect.soft(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
