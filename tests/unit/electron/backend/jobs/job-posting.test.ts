import { describe, expect, it } from 'vitest';
import { readJobPosting } from '../../../../../electron/backend/jobs/job-posting';
import { extractJsonLdScripts } from '../../../../../electron/backend/jobs/json-ld';

const URL_ = 'https://www.jobs.example/postings/42?src=x';
const script = (body: string) => `<script type="application/ld+json">${body}</script>`;
const pageWith = (...blocks: unknown[]) => `<html><head>${blocks.map((b) => script(typeof b === 'string' ? b : JSON.stringify(b))).join('\n')}</head></html>`;
const read = (...blocks: unknown[]) => readJobPosting(pageWith(...blocks), URL_);
const job = (extra: Record<string, unknown> = {}) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Cashier', ...extra });

describe('finding the JobPosting', () => {
  it('in a top-level array, inside @graph, with a "schema:" prefix', () => {
    expect(read([{ '@type': 'Organization', name: 'X' }, job()]).posting?.title).toBe('Cashier');
    expect(read([{ '@graph': [{ '@type': 'WebPage' }, job({ title: 'Baker' })] }]).posting?.title).toBe('Baker');
    expect(read({ '@type': 'schema:JobPosting', title: 'Driver' }).posting?.title).toBe('Driver');
  });

  it('takes the first posting that has a title (pages may list related jobs after their own)', () => {
    const related = { '@type': 'ItemList', itemListElement: [job({ title: 'Related one' })] };
    expect(read(job({ title: '' }), job({ title: 'Own job' }), related).posting?.title).toBe('Own job');
  });

  it('reports other structured data without a posting, and counts unreadable blocks', () => {
    expect(read({ '@type': 'Organization', name: 'X' }, '{oops')).toEqual({ posting: null, scripts: 2, unreadable: 1 });
    expect(readJobPosting('<p>No scripts</p>', URL_)).toEqual({ posting: null, scripts: 0, unreadable: 0 });
  });

  it('reads JSON wrapped in CDATA markers', () => {
    expect(read(`/*<![CDATA[*/${JSON.stringify(job())}/*]]>*/`).posting?.title).toBe('Cashier');
  });

  it('leaves script bodies raw: entities are decoded in the values, not in the JSON', () => {
    const html = pageWith('{"@type":"JobPosting","title":"Sales &amp; Service","description":"Say &quot;hi&quot;"}');
    expect(extractJsonLdScripts(html)[0]).toContain('&amp;');
    expect(readJobPosting(html, URL_).posting).toMatchObject({ title: 'Sales & Service', description: 'Say "hi"' });
  });

  it('survives 100,000 levels of nesting without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(read(deep, job()).posting?.title).toBe('Cashier');
  });
});

describe('normalising the fields', () => {
  it('source is the host without www, url the page address', () => {
    expect(read(job()).posting).toMatchObject({ source: 'jobs.example', url: URL_, description: '', employer: null, location: null });
  });

  it('pay: a bare number, a single value, swapped bounds, unknown text', () => {
    const pay = (baseSalary: unknown) => read(job({ baseSalary })).posting?.pay;
    expect(pay(20)).toEqual({ min: 20, max: 20, currency: null, period: null });
    expect(pay({ currency: 'EUR', value: 3000, unitText: 'MONTH' })).toEqual({ min: 3000, max: 3000, currency: 'EUR', period: 'month' });
    expect(pay({ value: { minValue: 30, maxValue: 20, unitText: 'per hour' } })).toEqual({ min: 20, max: 30, currency: null, period: 'hour' });
    expect(pay([{ currency: 'USD', minValue: 900, maxValue: 1000, value: { unitText: 'WEEK' } }])).toEqual({ min: 900, max: 1000, currency: 'USD', period: 'week' });
    expect(pay('Competitive')).toBeNull();
    expect(pay({ value: { unitText: 'HOUR' } })).toBeNull();
  });

  it('dates: date-times keep the written day, impossible dates are dropped, other forms are read', () => {
    const dates = (datePosted: unknown, validThrough: unknown) => {
      const p = read(job({ datePosted, validThrough })).posting;
      return [p?.datePosted, p?.deadline];
    };
    expect(dates('2024-05-31T23:30:00-10:00', '2024-02-30')).toEqual(['2024-05-31', null]);
    expect(dates('May 3, 2024', 12)).toEqual(['2024-05-03', null]);
  });

  it('remote from applicants’ required locations alone, which then stand as the location', () => {
    const p = read(job({ applicantLocationRequirements: [{ '@type': 'Country', name: 'United States' }, { '@type': 'State', name: 'Oregon' }] })).posting;
    expect(p).toMatchObject({ remote: 'remote', location: 'United States; Oregon' });
  });

  it('job number from a number, a PropertyValue or a list; employment types in words, unknown ones kept', () => {
    expect(read(job({ identifier: 12345 })).posting?.jobNumber).toBe('12345');
    expect(read(job({ identifier: [{ '@type': 'PropertyValue', name: 'Req', value: 778 }] })).posting?.jobNumber).toBe('778');
    expect(read(job({ employmentType: ['INTERN', 'seasonal', 'INTERN'] })).posting?.employmentType).toBe('Internship, seasonal');
  });

  it('a reference to an employer the page never defines gives no employer rather than a wrong one', () => {
    expect(read(job({ hiringOrganization: { '@id': '#missing' } })).posting?.employer).toBeNull();
  });

  it('every text field 100 KB long is cut to its field size; the description to 100,000 characters', () => {
    const long = 'word '.repeat(20_000);
    const p = read(job({ title: long, hiringOrganization: { name: long }, description: `<p>${long}</p>`.repeat(3), identifier: long })).posting!;
    expect(p.title.length).toBeLessThanOrEqual(500);
    expect(p.employer!.length).toBeLessThanOrEqual(300);
    expect(p.jobNumber!.length).toBeLessThanOrEqual(200);
    expect(p.description.length).toBeLessThanOrEqual(100_000);
    expect(p.description.endsWith('word…')).toBe(true);
  });

  it('description tables, preformatted lines and CJK or emoji come through', () => {
    const description = '<table><tr><td>Shift</td><td>Nights</td></tr></table><pre>  keep\n  spacing</pre><p>東京 🚚</p>';
    expect(read(job({ description })).posting?.description).toBe('Shift Nights\n\nkeep\nspacing\n\n東京 🚚');
  });
});
