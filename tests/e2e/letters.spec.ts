import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical axe findings, one readable line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Presses Tab until `target` has focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** The wizard's step heading, which takes focus on each new step. */
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name, exact: true });

async function checkAxe(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect.soft(await seriousViolations(page), `axe on ${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test('declining an interview by keyboard: PDF in the library, sent, job Declined, in Messages and the activity log', async ({ page, app }) => {
  test.setTimeout(120_000);
  // A job, added and moved to Interviewing through the app.
  await page.goto(`${app.origin}/#/jobs/new`);
  await page.getByRole('textbox', { name: /^Job title/ }).fill('Warehouse lead');
  await page.getByRole('textbox', { name: /^Employer/ }).fill('Harbor Logistics');
  await page.getByRole('button', { name: 'Save job' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Warehouse lead' })).toBeVisible();
  const jobUrl = new URL(page.url()).hash;
  await page.getByRole('button', { name: /^Move to…/ }).first().click();
  await page.getByRole('menuitem', { name: 'Interviewing' }).click();
  await expect(page.getByText('Moved “Warehouse lead” to Interviewing.')).toBeVisible();

  // The job page suggests the letters for its stage; the wizard starts from there.
  const letters = page.locator('section', { has: page.getByRole('heading', { level: 2, name: 'Letters and messages' }) });
  await tabTo(page, letters.getByRole('link', { name: 'Decline an interview' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Write a letter' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /Decline an interview/ })).toBeChecked();
  await expect(page.getByRole('combobox', { name: /Which job/ })).toHaveValue(jobUrl.split('/').pop()!);
  await checkAxe(page, 'new letter');
  await tabTo(page, page.getByRole('button', { name: 'Start writing' }));
  await page.keyboard.press('Enter');

  // Step 1: my details (none yet). Enter in the name field saves and moves on.
  await expect(stepHeading(page, 'Your details')).toBeVisible();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await checkAxe(page, 'wizard: your details');
  await tabTo(page, page.getByRole('textbox', { name: 'Your name' }));
  await page.keyboard.type('Ana Reyes');
  await page.keyboard.press('Enter');

  // Step 2: be sure — a checklist ticked with Space.
  await expect(stepHeading(page, 'Be sure')).toBeFocused();
  await expect(page.getByText('Step 2 of 5')).toBeVisible();
  await checkAxe(page, 'wizard: be sure');
  await tabTo(page, page.getByRole('checkbox', { name: /concrete reason/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /concrete reason/ })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 3: act quickly — phone first, with the script to read out.
  await expect(stepHeading(page, 'Act quickly')).toBeFocused();
  await expect(page.getByRole('note', { name: 'How soon?' })).toContainText('as soon as you have decided');
  await tabTo(page, page.getByRole('radio', { name: 'By email' }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'By phone, then email' })).toBeChecked();
  await expect(page.getByRole('heading', { name: 'What to say on the phone' })).toBeVisible();
  await checkAxe(page, 'wizard: act quickly');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 4: the details, merged from the job.
  await expect(stepHeading(page, 'The details')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Employer' })).toHaveValue('Harbor Logistics');
  await expect(page.getByRole('textbox', { name: 'Job title' })).toHaveValue('Warehouse lead');
  await checkAxe(page, 'wizard: the details');
  await tabTo(page, page.getByRole('button', { name: 'Write the letter' }));
  await page.keyboard.press('Enter');

  // Step 5: be gracious — the letter, the tone check, and its ways out.
  await expect(stepHeading(page, 'Be gracious')).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Subject' })).toHaveValue('Warehouse lead interview – Ana Reyes');
  await expect(page.getByText('Nothing to change. It reads as warm and professional.')).toBeVisible();
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await checkAxe(page, 'wizard: be gracious');

  await tabTo(page, page.getByRole('button', { name: 'Save as PDF' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Saved “Interview decline - Harbor Logistics” in your library as a PDF file.')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('link', { name: 'Interview decline - Harbor Logistics (PDF)' })).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Mark as sent' }));
  await page.keyboard.press('Enter');
  const sent = page.getByRole('dialog', { name: 'Mark as sent' });
  await expect(sent.getByRole('radio', { name: 'Phone' })).toBeChecked();
  await tabTo(page, sent.getByRole('button', { name: 'Mark as sent' }));
  await page.keyboard.press('Enter');
  const offer = page.getByRole('dialog', { name: 'Update the job?' });
  await expect(offer).toContainText('Move “Warehouse lead” to Declined?');
  await expect(offer.getByRole('button', { name: 'Yes, move it to Declined' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Moved “Warehouse lead” to Declined.')).toBeVisible();
  await expect(page.getByText(/^Said by phone on /)).toBeVisible();

  // The job shows Declined; the library has the PDF; Messages has the letter; the log counts it.
  await page.goto(`${app.origin}/${jobUrl}`);
  await expect(page.locator('.job-page__stage')).toContainText('Declined');
  await expect(letters.getByRole('link', { name: 'Warehouse lead interview – Ana Reyes' })).toBeVisible();
  await page.goto(`${app.origin}/#/documents/other`);
  await expect(page.getByText('Interview decline - Harbor Logistics').first()).toBeVisible();
  await page.goto(`${app.origin}/#/messages`);
  const thread = page.getByRole('region', { name: 'Warehouse lead' });
  await expect(thread).toContainText('Warehouse lead interview – Ana Reyes');
  await expect(thread).toContainText('Said by phone');
  await expect(thread.getByRole('link', { name: 'Open the letter “Warehouse lead interview – Ana Reyes”' })).toBeVisible();
  await page.goto(`${app.origin}/#/activity`);
  const week = page.getByRole('region', { name: /This week/ });
  await expect(week).toContainText('Contacted an employer');
  await expect(week).toContainText('Warehouse lead interview – Ana Reyes');
});

test('a draft survives a reload, and the letters list, new letter, messages and my details pages pass axe', async ({ page, app }) => {
  test.setTimeout(60_000);
  await page.goto(`${app.origin}/#/profile`);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Zoë Ελένη');
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details are saved.')).toBeVisible();

  await page.goto(`${app.origin}/#/letters/new?type=thank-you`);
  await page.getByRole('button', { name: 'Start writing' }).click();
  await expect(stepHeading(page, 'Send it today')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page, 'Who and when')).toBeFocused();
  // Without a job nothing is merged: the required answers are asked for before going on.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('.error-summary')).toContainText('Fill in “Employer”.');
  await page.getByRole('textbox', { name: 'Employer' }).fill('Harbor Logistics');
  await page.getByRole('textbox', { name: 'Job title' }).fill('Warehouse lead');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(stepHeading(page, 'Make it personal')).toBeFocused();
  await page.getByRole('button', { name: 'Write the letter' }).click();
  await expect(stepHeading(page, 'Keep it short')).toBeFocused();
  const first = page.getByRole('textbox', { name: 'Paragraph 1' });
  await first.fill('Thank you for meeting me today. I enjoyed it.');
  await expect(page.getByText('Saved', { exact: true })).toBeVisible();
  await page.reload();
  await expect(stepHeading(page, 'Keep it short')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Paragraph 1' })).toHaveValue('Thank you for meeting me today. I enjoyed it.');

  for (const route of ['#/letters', '#/messages', '#/profile']) {
    await page.goto(`${app.origin}/${route}`);
    await expect(page.locator('h1')).toBeVisible();
    await checkAxe(page, route);
  }
});
