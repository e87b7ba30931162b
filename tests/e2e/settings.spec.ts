import fs from 'node:fs';
import path from 'node:path';
import { expect, openApp, savedSettings, test } from './support/fixtures';

test.beforeEach(async ({ page, app }) => {
  await page.goto(`${app.origin}/#/settings`);
  await expect(page.locator('h1')).toHaveText('Settings');
});

test('Dark theme survives a reload and a restart of the app', async ({ page, app }) => {
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => savedSettings(app).theme).toBe('dark');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await app.restart();
  await openApp(page, app);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('weekly target: a number is saved, text is refused with a clear message', async ({ page, app }) => {
  const target = page.getByRole('textbox', { name: 'Job-search activities each week' });
  await target.fill('5');
  await target.blur();
  await expect.poll(() => savedSettings(app).weeklyActivityTarget).toBe(5);
  await page.reload();
  await expect(target).toHaveValue('5');

  await target.fill('abc');
  await target.blur();
  await expect(page.getByText('Enter a whole number from 0 to 50.')).toBeVisible();
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(target).toHaveValue('5');
});

test('Español switches the whole UI and stays after a reload', async ({ page }) => {
  await page.getByRole('radio', { name: /Español/ }).check();
  const settingsLink = page.getByRole('navigation').getByRole('link', { name: 'Configuración' });
  await expect(settingsLink).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.reload();
  await expect(settingsLink).toBeVisible();
  await expect(page.locator('h1')).toHaveText('Configuración');
});

test('reminders checkbox persists', async ({ page, app }) => {
  const reminders = page.getByRole('checkbox', { name: /Show reminders/ });
  await expect(reminders).toBeChecked();
  await reminders.uncheck();
  await expect.poll(() => savedSettings(app).notifications).toBe(false);
  await page.reload();
  await expect(reminders).not.toBeChecked();
});

test('documents folder: a relative path is explained, a full path is saved', async ({ page, app }) => {
  const folder = page.getByRole('textbox', { name: 'Folder path' });
  const save = page.getByRole('button', { name: 'Use this folder' });
  await folder.fill('docs');
  await save.click();
  await expect(page.getByText(/full path of a folder/)).toBeVisible();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');

  const wanted = path.join(app.dataDir, 'My documents');
  await folder.fill(wanted);
  await save.click();
  await expect(page.getByText(`Your documents are now in ${wanted}`)).toBeVisible();
  await expect(folder).not.toHaveAttribute('aria-invalid');
  await page.reload();
  await expect(folder).toHaveValue(wanted);
});

test('an unreadable settings file: defaults, told once where the old file is', async ({ page, app }) => {
  fs.writeFileSync(path.join(app.dataDir, 'settings.json'), '{not json');
  await app.restart();
  await openApp(page, app);

  const kept = fs.readdirSync(app.dataDir).filter((name) => /^settings\.unreadable-.+\.json$/.test(name));
  expect(kept).toHaveLength(1);
  const notice = page.getByRole('status').getByText(/could not be read/);
  await expect(notice).toContainText(path.join(app.dataDir, kept[0]));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(savedSettings(app).theme).toBe('system');

  await page.reload();
  await expect(page.locator('h1')).toBeVisible();
  await page.waitForTimeout(300); // give a wrongly repeated notice time to show
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
});
