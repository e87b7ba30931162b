import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityExportArgsSchema, type ActivityExportArgs } from '../../../../../shared/contract/activity';
import { exportActivityPdf } from '../../../../../electron/backend/activity/export-pdf';
import { makeTempDir } from '../../../../support/backend';
import { activity, flat, hasPoppler, pdfPages } from './pdf-tools';

let temp: ReturnType<typeof makeTempDir>;
beforeAll(() => {
  temp = makeTempDir('co-activity-');
  if (!hasPoppler) console.warn('pdftotext (poppler-utils) is not installed: the PDF text checks are skipped.');
});
afterAll(() => temp.cleanup());

const NOW = new Date(2024, 3, 2, 12, 0, 0);
const render = (args: ActivityExportArgs) => exportActivityPdf(ActivityExportArgsSchema.parse(args), NOW);
// 2,000 characters of distinct words, so the test can tell every part of the cell was printed.
const LONG_RESULT = Array.from({ length: 400 }, (_, i) => `r${String(i).padStart(3, '0')}`).join(' ').slice(0, 2000);

const sample: ActivityExportArgs = {
  from: '2024-03-03',
  to: '2024-03-16',
  weeklyTarget: 3,
  person: { name: 'José Müller-Nguyễn', claimId: 'WA-555-0142' },
  activities: [
    activity('2024-03-04', { employer: 'Café Zoë Ελένη', contactPerson: 'Zoë Ελένη', contactMethod: 'Email', position: 'Barista', result: 'Interview on Friday' }),
    activity('2024-03-05', { type: 'Job fair', employer: 'WorkSource Seattle', contactPerson: 'Front desk', contactMethod: 'In person', position: 'Several', result: LONG_RESULT }),
    activity('2024-03-07', { employer: 'Contoso 株式会社', result: 'Thumbs up 👍🏽 from the recruiter' }),
    activity('2024-03-12', { type: 'Interview', employer: 'Fabrikam', position: 'Office file clerk', result: 'Second interview' }),
    activity('2024-02-20', { employer: 'Outside the range' }),
  ],
};

describe.skipIf(!hasPoppler)('activity log PDF, read back with pdftotext', () => {
  it('prints every row, accented and Greek names intact, and the whole 2,000-character result', async () => {
    const pdf = await render(sample);
    expect(pdf.fileName).toBe('Job search log 2024-03-03 to 2024-03-16.pdf');
    expect(pdf.activityCount).toBe(4);
    const pages = pdfPages(pdf.bytes, temp.dir, 'sample.pdf');
    expect(pages).toHaveLength(pdf.pages);
    const text = flat(pages.join(' '));
    for (const expected of [
      'Name: José Müller-Nguyễn',
      'Claimant ID: WA-555-0142',
      'Dates: Sunday, March 3, 2024 – Saturday, March 16, 2024',
      'Requirement: at least 3 job-search activities each week (Sunday to Saturday)',
      'Café Zoë Ελένη',
      'Zoë Ελένη Email',
      'WorkSource Seattle',
      'Office file clerk',
      'Second interview',
      'Mon, Mar 4',
      'Tue, Mar 12',
      'Week of Sunday, March 3, 2024 – Saturday, March 9, 2024',
      '3 of 3 done · requirement met',
      '1 of 3 done · 2 short',
    ]) {
      expect(text).toContain(expected);
    }
    // Ligatures are off, so "file" is searchable as typed.
    expect(text).not.toContain('ﬁ');
    expect(text).not.toContain('Outside the range');
    const words = LONG_RESULT.split(' ');
    let from = 0;
    for (const word of words) {
      const at = text.indexOf(word, from);
      expect(at, word).toBeGreaterThan(-1);
      from = at;
    }
  });

  it('draws characters the font lacks (CJK, most emoji) as "?" instead of failing', async () => {
    const text = flat(pdfPages((await render(sample)).bytes, temp.dir, 'glyphs.pdf').join(' '));
    expect(text).toContain('Contoso ????');
    expect(text).toContain('Thumbs up ? from the recruiter');
  });

  it('spreads 300 activities over pages, repeating the headers, with "Page n of N" and the keep-record line on each', async () => {
    const activities = Array.from({ length: 300 }, (_, i) =>
      activity(`2024-0${1 + Math.floor(i / 100)}-${String(1 + (i % 28)).padStart(2, '0')}`, { employer: `Employer ${String(i).padStart(3, '0')}` }),
    );
    const pdf = await render({ from: '2024-01-01', to: '2024-03-31', weeklyTarget: 3, activities, person: { name: 'Zoë Ελένη' } });
    expect(pdf.activityCount).toBe(300);
    const pages = pdfPages(pdf.bytes, temp.dir, 'many.pdf');
    expect(pages.length).toBe(pdf.pages);
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      const text = flat(page);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain('Keep this record until 30 days after your benefit year ends.');
      expect(text).toContain('Employer or organization');
      expect(text).toContain('Contact person and method');
      if (i > 0) expect(text).toContain('Job search log · Zoë Ελένη · Monday, January 1, 2024 – Sunday, March 31, 2024');
    });
    expect(pages.slice(1).some((page) => flat(page).includes('(continued)'))).toBe(true);
    const all = flat(pages.join(' '));
    for (let i = 0; i < 300; i++) expect(all).toContain(`Employer ${String(i).padStart(3, '0')}`);
  });

  it('says so when no activities were recorded in the range', async () => {
    const pdf = await render({ from: '2024-05-01', to: '2024-05-31', weeklyTarget: 3, activities: [activity('2024-04-30')] });
    expect(pdf.activityCount).toBe(0);
    expect(pdf.pages).toBe(1);
    const text = flat(pdfPages(pdf.bytes, temp.dir, 'empty.pdf').join(' '));
    expect(text).toContain('No job-search activities were recorded between Wednesday, May 1, 2024 and Friday, May 31, 2024.');
    expect(text).toContain('Page 1 of 1');
  });

  it('prints in Spanish on A4 when asked', async () => {
    const pdf = await render({ ...sample, language: 'es', paper: 'a4' });
    expect(pdf.fileName).toBe('Registro de búsqueda de empleo 2024-03-03 a 2024-03-16.pdf');
    const text = flat(pdfPages(pdf.bytes, temp.dir, 'es.pdf').join(' '));
    expect(text).toContain('Registro de búsqueda de empleo');
    expect(text).toContain('Empleador u organización');
    expect(text).toContain('Guarde este registro hasta 30 días después de que termine su año de beneficios.');
    expect(text).toContain(`Página 1 de ${pdf.pages}`);
  });

  it('marks weeks the range cuts, and shows weeks with nothing recorded', async () => {
    const pdf = await render({ from: '2024-03-06', to: '2024-03-20', weeklyTarget: 2, activities: [activity('2024-03-06')] });
    const text = flat(pdfPages(pdf.bytes, temp.dir, 'partial.pdf').join(' '));
    expect(text).toContain('(only Mar 6, 2024 – Mar 9, 2024 are in this log)');
    expect(text).toContain('No activities recorded this week.');
    expect(text).toContain('0 of 2 done · 2 short');
  });
});

describe('activity log PDF bytes', () => {
  it('is a PDF with the title and author set, and a custom title when given', async () => {
    const pdf = await render({ ...sample, title: 'Mi registro — marzo' });
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Buffer.from(pdf.base64, 'base64').equals(Buffer.from(pdf.bytes))).toBe(true);
    if (hasPoppler) expect(flat(pdfPages(pdf.bytes, temp.dir, 'title.pdf')[0])).toContain('Mi registro — marzo');
  });

  it('renders an activity whose fields are 100 KB each within limits, shortening what no page could hold', async () => {
    const huge = 'word '.repeat(20_000);
    const started = Date.now();
    const pdf = await render({ from: '2024-03-03', to: '2024-03-09', weeklyTarget: 3, activities: [activity('2024-03-04', { employer: huge, result: huge, position: huge })] });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(pdf.pages).toBeGreaterThan(1);
    if (hasPoppler) expect(flat(pdfPages(pdf.bytes, temp.dir, 'huge.pdf').join(' '))).toContain('… (shortened)');
  });
});
