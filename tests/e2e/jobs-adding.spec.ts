import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical axe findings on the page as it is now, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The job titles stored in the renderer's database (IndexedDB), read in the page as the app reads them. */
function storedTitles(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('career-organizer');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('jobs')) return resolve([]);
          const all = db.transaction('jobs').objectStore('jobs').getAll();
          all.onsuccess = () => {
            resolve((all.result as { title: string }[]).map((j) => j.title).sort());
            db.close(); // never hold a connection that could block the app's own upgrades
          };
          all.onerror = () => reject(all.error);
        };
      }),
  );
}

/** The jobs table lists the titles, when that page exists; otherwise the database is the witness. */
async function expectJobsListed(page: Page, origin: string, titles: string[]): Promise<void> {
  await expect.poll(() => storedTitles(page)).toEqual(expect.arrayContaining(titles));
  await page.goto(`${origin}/#/jobs/table`);
  await expect(page.locator('h1')).toBeVisible();
  const table = page.locator('main').locator('table, [role="table"], [role="grid"]').first();
  if (!(await table.isVisible({ timeout: 3_000 }).catch(() => false))) {
    test.info().annotations.push({ type: 'note', description: 'No jobs table page yet; checked the database only.' });
    return;
  }
  for (const title of titles) await expect(page.getByText(title, { exact: true }).first()).toBeVisible();
}

test('add a job by the form and one by pasting its text; both are kept', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/jobs/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Add a job' })).toBeVisible();

  // Saving with no title shows the problem at the top and next to the field.
  await page.getByRole('button', { name: 'Save job' }).click();
  const summary = page.getByRole('group', { name: 'There is a problem' });
  await expect(summary).toBeFocused();
  await summary.getByRole('link', { name: 'Enter the job title, for example “Cashier”.' }).click();
  await expect(page.getByLabel('Job title')).toBeFocused();

  await page.keyboard.type('Warehouse Lead');
  await page.getByLabel('Employer').fill('Northwind Traders');
  await page.getByLabel('Lowest pay').fill('24.50');
  await page.getByLabel('Highest pay').fill('29');
  await page.getByLabel('How often').selectOption('hour');
  await expect(page.getByText('It will show as: $24.50 to $29 an hour')).toBeVisible();
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page).toHaveURL(/#\/jobs\/[A-Za-z0-9_-]{6,}$/);
  await expect(page.getByText('Added “Warehouse Lead” at Northwind Traders to your jobs.')).toBeVisible();

  await page.goto(`${app.origin}/#/jobs/new?way=paste`);
  await expect(page.getByRole('tab', { name: 'Paste the job’s text' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('The job posting’s text').fill('Forklift Operator\nContoso Ltd.\nTacoma, WA\n$19 - $23 an hour\n\nAbout the job\nNight shift.');
  await page.getByRole('button', { name: 'Read the text' }).click();
  await expect(page.getByRole('heading', { name: 'What we found' })).toBeFocused();
  await expect(page.getByText('We think the job title is “Forklift Operator”.')).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Forklift Operator');
  await expect(page.getByText('Check this: we guessed it from the text').first()).toBeVisible();
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page).toHaveURL(/#\/jobs\/[A-Za-z0-9_-]{6,}$/);

  await expectJobsListed(page, app.origin, ['Forklift Operator', 'Warehouse Lead']);
});

test('import jobs from a CSV file through the column-matching step', async ({ page, app }) => {
  await page.goto(`${app.origin}/#/jobs/import`);
  await expect(page.getByRole('heading', { level: 1, name: 'Import jobs from a spreadsheet' })).toBeVisible();
  // Excel's CSV on a Spanish-language Windows: Windows-1252, semicolons, day-first dates.
  const csv = 'Puesto;Empresa;Ciudad;Estado;Fecha de aplicación\r\nCajero;Panadería López;León;Entrevista;15/03/2024\r\nChofer;Transportes Güemes;Saltillo;Enviado;02/04/2024\r\n';
  await page.locator('input[type=file]').setInputFiles({ name: 'empleos.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
  await expect(page.getByRole('heading', { name: /Match the columns/ })).toBeFocused();
  await expect(page.getByText('empleos.csv has 2 rows. We read it as Windows text (older Excel), with columns separated by semicolons.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Put “Empresa” in' })).toHaveValue('employer');
  await expect(page.getByRole('radio', { name: /day first/ })).toBeChecked();
  await expect(page.getByText('Panadería López').first()).toBeVisible();
  await page.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(page.getByText('Added 2 jobs.')).toBeVisible();
  await expectJobsListed(page, app.origin, ['Cajero', 'Chofer']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems on the adding pages, ${colorScheme} theme`, async ({ page, app }) => {
    test.setTimeout(60_000); // six axe scans
    await page.emulateMedia({ colorScheme });
    for (const route of ['#/jobs/new', '#/jobs/new?way=paste', '#/jobs/new?way=url', '#/jobs/import']) {
      await page.goto(`${app.origin}/${route}`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      expect.soft(await seriousViolations(page), `axe on ${route} (${colorScheme})`).toEqual([]);
    }
    // With content: the error summary and marked guesses, and the column-matching step.
    await page.goto(`${app.origin}/#/jobs/new?way=paste`);
    await page.getByLabel('The job posting’s text').fill('Cook\nLuna Café\nYakima, WA\n$17 an hour');
    await page.getByRole('button', { name: 'Read the text' }).click();
    await page.getByLabel('Job title').fill('');
    await page.getByRole('button', { name: 'Save job' }).click();
    await expect(page.getByRole('group', { name: 'There is a problem' })).toBeVisible();
    expect.soft(await seriousViolations(page), `axe on the form with problems (${colorScheme})`).toEqual([]);
    await page.goto(`${app.origin}/#/jobs/import`);
    await page.locator('input[type=file]').setInputFiles({ name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('Title,Company,Status\nCook,Luna Café,Waiting\n') });
    await expect(page.getByRole('heading', { name: /Match the columns/ })).toBeVisible();
    expect.soft(await seriousViolations(page), `axe on the column-matching step (${colorScheme})`).toEqual([]);
  });
}

test('at 200% zoom (640 px wide) the adding pages never scroll sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  for (const route of ['#/jobs/new', '#/jobs/new?way=paste', '#/jobs/new?way=url', '#/jobs/import']) {
    await page.goto(`${app.origin}/${route}`);
    await expect(page.locator('h1')).toBeVisible();
    expect.soft(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth'), `overflow on ${route}`).toBeLessThanOrEqual(0);
  }
});
