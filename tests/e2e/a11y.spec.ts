import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ROUTES = [
  '#/',
  '#/jobs/board',
  '#/jobs/table',
  '#/jobs/new',
  '#/jobs/import',
  '#/schedule/month/2026-12',
  '#/schedule/week/2026-12-07',
  '#/schedule/day/2026-12-09',
  '#/schedule/agenda',
  '#/saved-searches',
  '#/contacts',
  '#/documents/resumes',
  '#/documents/cover-letters',
  '#/documents/other',
  '#/activity',
  '#/letters',
  '#/letters/new',
  '#/messages',
  '#/profile',
  '#/resources',
  '#/settings',
  '#/nope',
];

/** Every page to check: the fixed routes plus the first article Resources links to, if any yet. */
async function routesWithArticle(page: Page, origin: string): Promise<string[]> {
  await page.goto(`${origin}/#/resources`);
  await expect(page.locator('h1')).toBeVisible();
  const href = await page.locator('main a[href^="#/resources/"]').first().getAttribute('href', { timeout: 1_000 }).catch(() => null);
  if (!href) test.info().annotations.push({ type: 'note', description: 'Resources links to no article yet; article page not scanned.' });
  return href ? [...ROUTES, href] : ROUTES;
}

/** Serious and critical axe findings on the current page, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems on any page, ${colorScheme} theme`, async ({ page, app }) => {
    test.setTimeout(120_000); // fifteen pages, each scanned by axe
    await page.emulateMedia({ colorScheme });
    for (const route of await routesWithArticle(page, app.origin)) {
      await page.goto(`${app.origin}/${route}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      expect.soft(await seriousViolations(page), `axe on ${route} (${colorScheme})`).toEqual([]);
    }
  });
}

test('at 200% zoom (640 px wide) no page scrolls sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  for (const route of await routesWithArticle(page, app.origin)) {
    await page.goto(`${app.origin}/${route}`);
    await expect(page.locator('h1')).toBeVisible();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect.soft(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
