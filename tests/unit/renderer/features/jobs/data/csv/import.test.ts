import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMIT } from '../../../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../../../../renderer/src/db/career-db';
import { addContact } from '../../../../../../../renderer/src/db/contacts-table';
import { addJob } from '../../../../../../../renderer/src/db/jobs-table';
import { getTimeline } from '../../../../../../../renderer/src/db/stage-changes-table';
import { importJobs, planJobsImport, previewJobsCsv, type ImportPreview } from '../../../../../../../renderer/src/features/jobs/data/csv';
import { freshDb } from '../../../../db/fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

const utf8 = (text: string) => new TextEncoder().encode(text);
const plan = (preview: ImportPreview, statusMap?: Map<string, never>) =>
  planJobsImport(preview.parsed, preview.mapping, { dateOrder: preview.dateOrder.order, statusMap, today: '2024-06-01' });

describe('importing jobs from CSV', () => {
  it('imports a spreadsheet with statuses and dates into jobs with timelines', async () => {
    db = freshDb();
    const preview = await previewJobsCsv(utf8('Job Title,Company,Date Applied,Status,Salary\r\nCook,Diner,3/5/2024,Rejected,$18–$22 an hour\r\nClerk,Shop,3/25/2024,Interview,\r\nDriver,Trucks,,,\r\n'));
    expect(preview.dateOrder).toEqual({ order: 'mdy', basis: 'evidence' });
    expect(preview.statuses.map((s) => [s.text, s.stage])).toEqual([['Rejected', 'rejected'], ['Interview', 'interviewing']]);
    const result = await plan(preview);
    expect(result.failures).toEqual([]);
    expect(await importJobs(db, result.jobs)).toEqual({ added: 3, skipped: [], contactsCreated: 0 });
    const cook = await db.jobs.where('employerKey').equals('diner').first();
    expect(cook).toMatchObject({ title: 'Cook', stage: 'rejected', stageAt: '2024-03-05', pay: { min: 18, max: 22, period: 'hour', currency: 'USD' } });
    expect((await getTimeline(db, cook!.id)).map((c) => [c.stage, c.at, c.dateUnknown ?? false])).toEqual([
      ['applied', '2024-03-05', false],
      ['rejected', '2024-03-05', false],
    ]);
    const driver = await db.jobs.where('employerKey').equals('trucks').first();
    expect(driver).toMatchObject({ stage: 'saved', stageAt: '2024-06-01' });
    expect((await getTimeline(db, driver!.id))[0].dateUnknown).toBe(true);
  });

  it('reads "Saved" with a date applied as saved, then applied for, in that order', async () => {
    db = freshDb();
    const preview = await previewJobsCsv(utf8('Job Title,Company,Date Applied,Status\r\nCook,Diner,3/5/2024,Saved\r\n'));
    const result = await plan(preview);
    await importJobs(db, result.jobs);
    const cook = await db.jobs.where('employerKey').equals('diner').first();
    expect(cook).toMatchObject({ stage: 'applied', appliedAt: '2024-03-05' });
    expect((await getTimeline(db, cook!.id)).map((c) => [c.stage, c.at])).toEqual([
      ['saved', '2024-03-05'],
      ['applied', '2024-03-05'],
    ]);
  });

  it('reports failing rows by spreadsheet row number and reason, and imports the rest; a bad date goes to the notes', async () => {
    db = freshDb();
    const csv = 'Title,Company,Date Applied,Status,URL\n' + 'Cook,Diner,2024-03-05,Applied,\n' + ',No title,2024-03-05,Applied,\n' + '\n' +
      'Clerk,Shop,31/31/2024,Applied,\n' + 'Driver,Trucks,2024-03-05,Maybe later,\n' + 'Nurse,Clinic,2024-03-05,Applied,javascript:alert(1)\n';
    const preview = await previewJobsCsv(utf8(csv));
    const result = await plan(preview);
    expect(result.failures).toEqual([
      { row: 3, problem: { code: 'titleEmpty' } },
      { row: 6, problem: { code: 'statusUnknown', value: 'Maybe later' } },
    ]);
    expect(result.warnings).toEqual([
      { row: 5, problem: { code: 'dateOrder', field: 'appliedAt', value: '31/31/2024', order: 'mdy' } },
      { row: 7, problem: { code: 'linkToNotes' } },
    ]);
    expect(result.jobs.map((j) => j.fields.title)).toEqual(['Cook', 'Clerk', 'Nurse']);
    // The Clerk job keeps its stage, with the date as written in its notes, not a made-up one.
    expect(result.jobs[1].fields.notes).toBe('Date applied: 31/31/2024');
    expect(result.jobs[1].history).toEqual([{ stage: 'applied', at: '2024-06-01', note: '', dateUnknown: true }]);
    expect(result.jobs[2].fields).toMatchObject({ url: '', notes: 'Link: javascript:alert(1)' });
    // The user picks a stage for the unknown status and the row goes through.
    const fixed = await planJobsImport(preview.parsed, preview.mapping, { dateOrder: 'mdy', statusMap: new Map([['Maybe later', 'saved']]), today: '2024-06-01' });
    expect(fixed.jobs.map((j) => j.fields.title)).toContain('Driver');
  });

  it('skips jobs already in the list when the same spreadsheet is imported twice, but keeps look-alikes that differ', async () => {
    db = freshDb();
    const csv = 'Title,Company,Location,Date Applied,Status\n' + 'Cashier,Walmart,Kent,3/5/2024,Applied\n' + 'Cashier,Walmart,Auburn,3/5/2024,Applied\n' + 'Cashier,Walmart,Kent,3/9/2024,Applied\n' + 'Cook,Diner,,,\n';
    const first = await plan(await previewJobsCsv(utf8(csv)));
    expect(await importJobs(db, first.jobs)).toMatchObject({ added: 4, skipped: [] });
    // Again, with the employer written another way and a new row at the end.
    const again = await plan(await previewJobsCsv(utf8(csv.replace(/Walmart/g, 'WALMART Inc.') + 'Driver,Trucks,,,\n')));
    expect(await importJobs(db, again.jobs)).toEqual({
      added: 1,
      skipped: [2, 3, 4, 5].map((row) => ({ row, problem: { code: 'alreadyInList' } })),
      contactsCreated: 0,
    });
    expect(await db.jobs.count()).toBe(5);
  });

  it('refuses a file with no title column before reading a row', async () => {
    const preview = await previewJobsCsv(utf8('Company,Notes\nDiner,hi\n'));
    expect(preview.mapping).toEqual(['employer', 'notes']);
    await expect(plan(preview)).rejects.toThrow(/job title/);
  });

  it('reads a Spanish Excel file saved as Windows-1252 with semicolons and day-first dates', async () => {
    db = freshDb();
    const text = 'Puesto;Empresa;Ubicación;Fecha de solicitud;Estado;Salario\r\nCajero;Peña e Hijos;Yakima, WA;25/03/2024;Entrevista;18,50 € por hora\r\n';
    const bytes = Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
    const preview = await previewJobsCsv(bytes);
    expect(preview).toMatchObject({ encoding: 'windows-1252', dateOrder: { order: 'dmy', basis: 'evidence' } });
    expect(preview.parsed.delimiter).toBe(';');
    const result = await plan(preview);
    await importJobs(db, result.jobs);
    expect(await db.jobs.toArray()).toMatchObject([
      { title: 'Cajero', employer: 'Peña e Hijos', location: 'Yakima, WA', stage: 'interviewing', stageAt: '2024-03-25', pay: { min: 18.5, max: 18.5, period: 'hour', currency: 'EUR' } },
    ]);
  });

  it('imports names with accents, CJK and emoji, and every text field 100 KB long', async () => {
    db = freshDb();
    const big = 'ñ'.repeat(TEXT_LIMIT);
    const csv = `Title,Company,Location,Description,Notes\r\n"${big}","${big}","${big}","${big}","${big}"\r\nTécnico 🚜,株式会社ヤマト運輸,"서울, 대한민국",👍,"=SUM(A1)"\r\n"${big}x",Too long,,,\r\n`;
    const result = await plan(await previewJobsCsv(utf8(csv)));
    expect(result.failures).toEqual([{ row: 4, problem: { code: 'fieldTooLong', field: 'title' } }]);
    await importJobs(db, result.jobs);
    const jobs = await db.jobs.orderBy('employerKey').toArray();
    expect(jobs[0].description.length).toBe(TEXT_LIMIT);
    expect(jobs[1]).toMatchObject({ title: 'Técnico 🚜', employer: '株式会社ヤマト運輸', location: '서울, 대한민국', notes: '=SUM(A1)' });
  });

  it('writes in batches, never overwrites a stored job, and links or creates contacts by name', async () => {
    db = freshDb();
    const existing = await addJob(db, { title: 'Kept' });
    const ana = await addContact(db, { name: 'Ana Peña' });
    const rows = Array.from({ length: 2500 }, (_, i) => `Job ${i},Employer ${i},${i === 0 ? 'ana pena' : i === 1 ? 'Nuevo Contacto' : ''}`);
    const result = await plan(await previewJobsCsv(utf8(`Title,Company,Contact\n${rows.join('\n')}\n`)));
    result.jobs[2].id = existing.id;
    const transactions: string[] = [];
    const original = db.transaction.bind(db);
    db.transaction = ((...args: unknown[]) => (transactions.push('tx'), (original as (...a: unknown[]) => unknown)(...args))) as typeof db.transaction;
    const progress: number[] = [];
    const outcome = await importJobs(db, result.jobs, { onProgress: (done) => progress.push(done) });
    expect(outcome).toEqual({ added: 2499, skipped: [{ row: 4, problem: { code: 'alreadyInList' } }], contactsCreated: 1 });
    expect(transactions).toHaveLength(3);
    expect(progress).toEqual([1000, 2000, 2500]);
    expect((await db.jobs.get(existing.id))?.title).toBe('Kept');
    expect((await db.jobs.where('contactIds').equals(ana.id).toArray()).map((j) => j.title)).toEqual(['Job 0']);
    expect(await db.contacts.count()).toBe(2);
  });

  it('stops between batches when cancelled, keeping what was written', async () => {
    db = freshDb();
    const rows = Array.from({ length: 3000 }, (_, i) => `Job ${i}`);
    const result = await plan(await previewJobsCsv(utf8(`Title\n${rows.join('\n')}`)));
    const controller = new AbortController();
    const outcome = await importJobs(db, result.jobs, { signal: controller.signal, onProgress: () => controller.abort() });
    expect(outcome.added).toBe(1000);
    expect(await db.jobs.count()).toBe(1000);
  });
});
