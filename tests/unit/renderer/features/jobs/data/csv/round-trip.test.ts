import { afterEach, describe, expect, it } from 'vitest';
import { TEXT_LIMIT } from '../../../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../../../../../renderer/src/db/career-db';
import { addContact, linkContact } from '../../../../../../../renderer/src/db/contacts-table';
import { addJob } from '../../../../../../../renderer/src/db/jobs-table';
import { recordSentDocument } from '../../../../../../../renderer/src/db/sent-documents';
import { getTimeline, moveJobToStage } from '../../../../../../../renderer/src/db/stage-changes-table';
import { EXPORT_HEADERS, exportJobsCsv, importJobs, planJobsImport, previewJobsCsv } from '../../../../../../../renderer/src/features/jobs/data/csv';
import { freshDb } from '../../../../db/fresh-db';

const open: CareerDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
const db = () => {
  const made = freshDb();
  open.push(made);
  return made;
};

// Everything that could go wrong in a spreadsheet: formulas, quotes, delimiters, line breaks
// of every kind, leading and trailing spaces, accents, CJK, emoji, 100 KB fields.
async function seed(source: CareerDb) {
  const ana = await addContact(source, { name: 'Ana Peña', role: 'recruiter' });
  const wei = await addContact(source, { name: '王伟' });
  const full = await addJob(source, {
    title: '-Técnico "senior", línea 🚜',
    employer: '=HYPERLINK("http://x","株式会社")',
    location: ' Kent, WA ',
    workplace: 'on-site',
    pay: { min: 18.55, max: 22, period: 'hour', currency: 'USD' },
    source: '@Indeed',
    url: 'https://jobs.example.com/1?a=1,b=2',
    jobNumber: '00123',
    postedAt: '2024-02-28',
    deadline: '2024-04-01',
    description: 'Line one\r\nLine two\nLine three\r"quoted", commas; semicolons\ttabs',
    notes: "'=already quoted",
    nextAction: { text: '+1 206 555 0100 call back', due: '2024-03-15' },
    stageAt: '2024-03-01',
    stageNote: 'Found it: on Indeed',
  });
  await linkContact(source, full.id, wei.id);
  await linkContact(source, full.id, ana.id);
  await recordSentDocument(source, full.id, { documentId: 'resume-0001', versionId: 'version-0007', sentAt: '2024-03-05' });
  await moveJobToStage(source, full.id, 'applied', { at: '2024-03-05', note: ' padded note  ' });
  await moveJobToStage(source, full.id, 'interviewing', { at: '2024-03-05' });
  await moveJobToStage(source, full.id, 'no-response', { at: '2024-04-20', note: '👻' });
  const [first] = await getTimeline(source, full.id);
  await source.stageChanges.put({ ...first, dateUnknown: true });
  await addJob(source, { title: 'Cook', pay: { min: null, max: 9000, period: null, currency: 'MXN' }, nextAction: { text: 'Ask', due: null } });
  const big = '語'.repeat(TEXT_LIMIT);
  await addJob(source, { title: big, employer: big, location: big, source: big, jobNumber: big, description: big, notes: big, stage: 'offer', stageAt: '2024-05-01' });
  return [ana, wei];
}

const timelineOf = async (target: CareerDb, id: string) =>
  (await getTimeline(target, id)).map((c) => ({ stage: c.stage, at: c.at, note: c.note, dateUnknown: c.dateUnknown ?? false }));

describe('CSV round trip', () => {
  it('export then import gives identical jobs and timelines', async () => {
    const source = db();
    const contacts = await seed(source);
    const { text, longCells } = await exportJobsCsv(source);
    expect(longCells).toBe(7);

    const target = db();
    await target.contacts.bulkAdd(await source.contacts.toArray());
    const preview = await previewJobsCsv(new TextEncoder().encode(text));
    expect(preview.mapping).toEqual(EXPORT_HEADERS.map(([field]) => field));
    const plan = await planJobsImport(preview.parsed, preview.mapping, { dateOrder: preview.dateOrder.order, today: '2024-06-01' });
    expect(plan.failures).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(await importJobs(target, plan.jobs)).toEqual({ added: 3, skipped: [], contactsCreated: 0 });

    const before = await source.jobs.orderBy('id').toArray();
    expect(await target.jobs.orderBy('id').toArray()).toEqual(before);
    for (const job of before) expect(await timelineOf(target, job.id)).toEqual(await timelineOf(source, job.id));
    expect(before.find((j) => j.title.startsWith('-'))?.contactIds).toEqual([contacts[1].id, contacts[0].id]);
  });

  it('into a database without those contacts, links by name instead (new contacts)', async () => {
    const source = db();
    await seed(source);
    const target = db();
    const preview = await previewJobsCsv(new TextEncoder().encode((await exportJobsCsv(source)).text));
    const plan = await planJobsImport(preview.parsed, preview.mapping, { dateOrder: 'mdy', today: '2024-06-01' });
    expect((await importJobs(target, plan.jobs)).contactsCreated).toBe(2);
    const names = (await target.contacts.toArray()).map((c) => c.name).sort();
    expect(names).toEqual(['Ana Peña', '王伟']);
  });
});
