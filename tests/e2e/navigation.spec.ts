import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('mouse: each rail link opens its page and is marked current', async ({ page }) => {
  const pages = [
    { link: 'Resources', hash: '#/resources', title: 'Resources' },
    { link: 'Settings', hash: '#/settings', title: 'Settings' },
    { link: 'Home', hash: '#/', title: 'Welcome to Career Organizer' },
  ];
  for (const { link, hash, title } of pages) {
    await nav(page).getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(new RegExp(`${hash}$`));
    await expect(page.locator('h1')).toHaveText(title);
    await expect(nav(page).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    await expect(nav(page).locator('[aria-current="page"]')).toHaveCount(1);
  }
});

test('keyboard only: skip link, rail arrows, Settings, theme radios', async ({ page }) => {
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Tab'); // the "Hide menu" toggle
  await page.keyboard.press('Tab');
  await expect(nav(page).getByRole('link', { name: 'Home' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(nav(page).getByRole('link', { name: 'Jobs' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(nav(page).getByRole('link', { name: 'Jobs' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(nav(page).getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');

  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Settings');
  await expect(heading).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Same as my computer' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('deep link to Settings survives a reload', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/settings`);
  await expect(page.locator('h1')).toHaveText('Settings');
  await page.reload();
  await expect(page.locator('h1')).toHaveText('Settings');
  await expect(nav(page).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
});

test('an unknown address shows the not-found page with a way home', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/nope`);
  await expect(page.locator('h1')).toHaveText(/We couldn[’']t find that page/);
  await page.getByRole('link', { name: 'Go to Home' }).click();
  await expect(page.locator('h1')).toHaveText('Welcome to Career Organizer');
});

test('"Hide menu" collapses the rail and the links keep their names', async ({ page }) => {
  const rail = nav(page);
  const wide = (await rail.boundingBox())?.width ?? 0;
  await rail.getByRole('button', { name: 'Hide menu' }).click();
  await expect(rail.getByRole('button', { name: 'Show menu' })).toHaveAttribute('aria-expanded', 'false');
  expect((await rail.boundingBox())?.width ?? 0).toBeLessThan(wide / 2);
  for (const name of ['Home', 'Resources', 'Settings']) {
    await expect(rail.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await rail.getByRole('link', { name: 'Settings' }).click();
  await expect(page.locator('h1')).toHaveText('Settings');
  await page.reload();
  await expect(rail.getByRole('button', { name: 'Show menu' })).toBeVisible(); // remembered
});
