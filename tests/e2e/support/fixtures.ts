import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { AppHost } from './app';

export { expect };

/** Opens a host's token link (the 303 swaps it for a cookie) and waits for the first page. */
export async function openApp(page: Page, app: AppHost): Promise<void> {
  await page.goto(app.url);
  await expect(page.locator('h1')).toBeVisible();
}

/** The settings file as the backend last wrote it. */
export function savedSettings(app: AppHost): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(app.dataDir, 'settings.json'), 'utf8')) as Record<string, unknown>;
}

/** `app`: a fresh host and data folder per test. `page`: already signed in and showing Home. */
export const test = base.extend<{ app: AppHost }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from this pattern
  app: async ({}, use) => {
    const app = await AppHost.start();
    await use(app);
    await app.dispose();
  },
  page: async ({ page, app }, use) => {
    await openApp(page, app);
    await use(page);
  },
});
