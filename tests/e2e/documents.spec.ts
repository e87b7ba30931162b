import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { REPO_ROOT } from './support/app';
import { expect, test } from './support/fixtures';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/documents');
const REAL = path.join(REPO_ROOT, '../shared/fixtures/real');
const TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.txt': 'text/plain',
};

interface DroppedFile {
  name: string;
  type: string;
  bytes: number[];
}

/** A file from disk, as plain numbers: what can cross into the page. */
function fromDisk(file: string, name = path.basename(file)): DroppedFile {
  return { name, type: TYPES[path.extname(file)] ?? '', bytes: [...fs.readFileSync(file)] };
}

const listbox = (page: Page) => page.getByRole('listbox');
const option = (page: Page, name: string | RegExp) => listbox(page).getByRole('option', { name });
const detailHeading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 2, name });

/**
 * Drops files on the window as a file manager would: a DataTransfer holding real File
 * objects, built in the page, carried by dragenter, dragover and drop events.
 */
async function dropFiles(page: Page, files: DroppedFile[], overlayText: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle((list: DroppedFile[]) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return data;
  }, files);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toContainText(overlayText);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toHaveCount(0);
}

async function openArea(page: Page, origin: string, area: 'resumes' | 'cover-letters' | 'other'): Promise<void> {
  await page.goto(`${origin}/#/documents/${area}`);
  await expect(page.locator('h1')).toBeVisible();
}

/** True when a canvas has dark pixels on it: something was drawn, not just a white page. */
function hasInk(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((node: HTMLCanvasElement) => {
    const { data } = node.getContext('2d')!.getImageData(0, 0, node.width, node.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 128) dark++;
    return dark > 50;
  });
}

test('dropped files are listed; a DOCX phrase is found; the PDF preview renders', async ({ page, app }) => {
  test.setTimeout(60_000);
  await openArea(page, app.origin, 'resumes');
  await dropFiles(
    page,
    [fromDisk(path.join(FIXTURES, 'text-2-pages.pdf')), fromDisk(path.join(FIXTURES, 'sample.docx')), fromDisk(path.join(FIXTURES, 'utf8.txt'))],
    'Drop files to add them to Resumes',
  );
  await expect(listbox(page).getByRole('option')).toHaveCount(3);
  await expect(page.getByRole('status').getByText('Added 3 files.')).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Search' });
  await expect(async () => {
    await search.fill('');
    await search.fill('TypeScript');
    await expect(listbox(page).getByRole('option')).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 }); // text extraction runs after the import
  await expect(listbox(page).getByRole('option')).toContainText('sample');
  await expect(listbox(page).locator('mark').first()).toHaveText(/typescript/i);

  await search.fill('');
  await option(page, /text.2.pages/).click();
  await expect(detailHeading(page, /text.2.pages/)).toBeVisible();
  const firstPage = page.getByRole('img', { name: 'Page 1 of 2' });
  await expect(firstPage).toBeVisible({ timeout: 15_000 });
  await expect.poll(() => hasInk(firstPage), { timeout: 10_000 }).toBe(true);
  await expect(page.getByText('Showing 2 of 2 pages.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('pdf-preview.png') });

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page.getByText('Zoom: 150%')).toBeVisible();

  // The address keeps the selection: a reload shows the same document.
  await page.reload();
  await expect(detailHeading(page, /text.2.pages/)).toBeVisible();
});

test('a new version from a file, a tailored version, then delete and Undo', async ({ page, app }) => {
  test.setTimeout(60_000);
  await openArea(page, app.origin, 'cover-letters');
  await page.locator('input[type=file]').first().setInputFiles(path.join(FIXTURES, 'sample.docx'));
  await expect(detailHeading(page, /sample/)).toBeVisible();
  await expect(page.locator('.docx-preview')).toContainText('I build tools in TypeScript & Node.');

  await page.getByLabel('Add a new version from a file…').setInputFiles(path.join(FIXTURES, 'utf8.txt'));
  await expect(page.locator('.version')).toHaveCount(2);
  await expect(page.locator('.version').first()).toContainText('Current version');
  await expect(page.locator('.text-preview')).toContainText('naïve café');

  await page.locator('.version').nth(1).getByRole('button', { name: 'Save as a new version based on this…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as a new version' });
  await dialog.getByRole('textbox', { name: /Name of the new version/ }).fill('Warehouse lead');
  await dialog.getByRole('button', { name: 'Save new version' }).click();
  await expect(page.locator('.version')).toHaveCount(3);
  await expect(page.locator('.version').first()).toContainText('Warehouse lead');
  await expect(page.locator('.version').first()).toContainText('Current version');

  await page.getByRole('group', { name: 'Actions' }).getByRole('button', { name: 'Delete' }).click();
  const toast = page.locator('.toast', { hasText: /^Deleted “sample/ });
  await expect(toast).toBeVisible();
  await expect(listbox(page)).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(detailHeading(page, /sample/)).toBeVisible();
  await expect(page.locator('.version')).toHaveCount(3);
  await expect(option(page, /sample/)).toBeVisible();
});

test('an encrypted PDF and a scanned one say why, in plain words', async ({ page, app }) => {
  await openArea(page, app.origin, 'other');
  await dropFiles(page, [fromDisk(path.join(FIXTURES, 'encrypted.pdf')), fromDisk(path.join(FIXTURES, 'image-only.pdf'))], 'Drop files to add them to Documents');
  await option(page, /encrypted/).click();
  await expect(page.getByText('This PDF is password-protected, so it can’t be shown here.', { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText('This file is password-protected, so its words can’t be searched.', { exact: false })).toBeVisible({ timeout: 15_000 });
  await option(page, /image.only/).click();
  await expect(page.getByText('This PDF is made of pictures of pages', { exact: false })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('img', { name: 'Page 1 of 1' })).toBeVisible();
});

test('the Word preview keeps words and drops links out, scripts and outside pictures (real Chromium DOMPurify)', async ({ page, app }) => {
  await openArea(page, app.origin, 'resumes');
  await dropFiles(page, [{ name: 'links.docx', type: TYPES['.docx'], bytes: [...hostileDocx()] }], 'Drop files to add them to Resumes');
  const preview = page.locator('.docx-preview');
  await expect(preview).toContainText('Click here and My portfolio');
  expect(await preview.locator('a[href]:not([href^="#"])').count()).toBe(0);
  expect(await preview.locator('script, style, iframe, [onclick], [onerror], [style]').count()).toBe(0);
  expect(await preview.locator('img[src]:not([src^="data:"])').count()).toBe(0);
});

test('narrow window: the details replace the list, with a way back; nothing scrolls sideways', async ({ page, app }) => {
  await page.setViewportSize({ width: 900, height: 600 });
  await openArea(page, app.origin, 'resumes');
  await dropFiles(page, [fromDisk(path.join(FIXTURES, 'utf8.txt'), 'Resume – forklift operator with a long, long title.txt')], 'Drop files to add them to Resumes');
  await expect(detailHeading(page, /forklift/)).toBeVisible();
  await expect(listbox(page)).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.getByRole('button', { name: 'Back to Resumes' }).click();
  await expect(option(page, /forklift/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(detailHeading(page, /forklift/)).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility problems with documents shown, ${colorScheme}`, async ({ page, app }) => {
    await page.emulateMedia({ colorScheme });
    await openArea(page, app.origin, 'resumes');
    const empty = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(empty.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await dropFiles(page, [fromDisk(path.join(FIXTURES, 'sample.docx')), fromDisk(path.join(FIXTURES, 'utf8.txt'))], 'Drop files to add them to Resumes');
    await option(page, /sample/).click();
    await expect(page.locator('.docx-preview')).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('every real-world PDF and DOCX can be dropped and listed', async ({ page, app }) => {
  test.skip(!fs.existsSync(REAL), `${REAL} is not here`);
  test.setTimeout(90_000);
  const files = ['pdf', 'docx'].flatMap((dir) =>
    fs
      .readdirSync(path.join(REAL, dir))
      .filter((name) => /\.(pdf|docx)$/.test(name))
      .map((name) => fromDisk(path.join(REAL, dir, name))),
  );
  await openArea(page, app.origin, 'other');
  await dropFiles(page, files, 'Drop files to add them to Documents');
  await expect(page.locator('.toast').filter({ hasText: /^Added \d+ files\./ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText(`${files.length} documents`, { exact: true })).toBeVisible();
  // The list draws only the rows in view: find the ones wanted by their titles.
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill('libreoffice writer password');
  await option(page, /libreoffice.writer.password/).click();
  await expect(page.getByText('This PDF is password-protected', { exact: false }).first()).toBeVisible({ timeout: 15_000 });
  await search.fill('pdflatex 4 pages');
  await option(page, /pdflatex.4.pages/).click();
  await expect.poll(() => hasInk(page.getByRole('img', { name: 'Page 1 of 4' })), { timeout: 15_000 }).toBe(true);
});

/**
 * A small Word file with a javascript: link, an outside link and an outside picture,
 * written as a zip by hand (stored entries), so the preview's sanitiser meets real mammoth output.
 */
function hostileDocx(): Buffer {
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const link = (id: string, text: string) => `<w:hyperlink r:id="${id}"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:hyperlink>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels':
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/hyperlink" Target="javascript:alert(document.cookie)" TargetMode="External"/>` +
      `<Relationship Id="rId2" Type="${REL}/hyperlink" Target="https://example.com/portfolio" TargetMode="External"/>` +
      `<Relationship Id="rId3" Type="${REL}/image" Target="https://example.com/track.png" TargetMode="External"/></Relationships>`,
    'word/document.xml':
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL}" ` +
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><w:body>' +
      `<w:p>${link('rId1', 'Click here')}<w:r><w:t xml:space="preserve"> and </w:t></w:r>${link('rId2', 'My portfolio')}</w:p>` +
      '<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="tracker"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:link="rId3"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>' +
      '</w:body></w:document>',
  };
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const header = (size: number, sig: number) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(sig, 0);
      return b;
    };
    const local = header(30, 0x04034b50);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(zlib.crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = header(46, 0x02014b50);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(zlib.crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}
