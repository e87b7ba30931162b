import { afterEach, describe, expect, it } from 'vitest';
import type { CareerDb } from '../../../../renderer/src/db/career-db';
import {
  addContact,
  contactsForJob,
  deleteContact,
  jobsForContact,
  linkContact,
  listContacts,
  restoreContact,
  unlinkContact,
  updateContact,
} from '../../../../renderer/src/db/contacts-table';
import { InvalidRecordError } from '../../../../renderer/src/db/errors';
import { addJob, getJob } from '../../../../renderer/src/db/jobs-table';
import { jobsForDocument, recordSentDocument, removeSentDocument } from '../../../../renderer/src/db/sent-documents';
import { freshDb } from './fresh-db';

let db: CareerDb;
afterEach(() => db?.close());

describe('contacts', () => {
  it('adds, edits and lists people by name (accents and case ignored)', async () => {
    db = freshDb();
    await addContact(db, { name: 'Zoë Smith', role: 'recruiter', employer: 'Acme, Inc.' });
    const ana = await addContact(db, { name: 'ana Peña', email: 'ana@example.com' });
    await addContact(db, { name: '王伟', role: 'hiring-manager' });
    expect((await listContacts(db)).map((c) => c.name)).toEqual(['ana Peña', 'Zoë Smith', '王伟']);
    expect(await db.contacts.where('employerKey').equals('acme').count()).toBe(1);
    expect(await updateContact(db, ana.id, { phone: '+1 206 555 0100' })).toMatchObject({ phone: '+1 206 555 0100', email: 'ana@example.com' });
    await expect(addContact(db, { name: ' ' })).rejects.toThrow(InvalidRecordError);
    await expect(updateContact(db, ana.id, { email: 'not an email' })).rejects.toThrow(/email/);
  });

  it('links to jobs (once), lists a contact’s jobs and a job’s contacts, and unlinks', async () => {
    db = freshDb();
    const ana = await addContact(db, { name: 'Ana' });
    const job = await addJob(db, { title: 'Cook' });
    await linkContact(db, job.id, ana.id);
    await linkContact(db, job.id, ana.id);
    expect((await getJob(db, job.id)).contactIds).toEqual([ana.id]);
    expect((await jobsForContact(db, ana.id)).map((j) => j.id)).toEqual([job.id]);
    expect((await contactsForJob(db, await getJob(db, job.id))).map((c) => c.name)).toEqual(['Ana']);
    await unlinkContact(db, job.id, ana.id);
    expect(await jobsForContact(db, ana.id)).toEqual([]);
    await expect(linkContact(db, job.id, 'missing-contact')).rejects.toThrow(/no longer/);
  });

  it('deleting a contact unlinks it from its jobs; undo links it back', async () => {
    db = freshDb();
    const ana = await addContact(db, { name: 'Ana' });
    const job = await addJob(db, { title: 'Cook' });
    await linkContact(db, job.id, ana.id);
    const deleted = await deleteContact(db, ana.id);
    expect((await getJob(db, job.id)).contactIds).toEqual([]);
    await restoreContact(db, deleted);
    expect((await getJob(db, job.id)).contactIds).toEqual([ana.id]);
  });
});

describe('documents sent', () => {
  it('records exact versions, finds the jobs a document went to, and forgets one', async () => {
    db = freshDb();
    const a = await addJob(db, { title: 'Cook' });
    const b = await addJob(db, { title: 'Chef' });
    await recordSentDocument(db, a.id, { documentId: 'resume-01', versionId: 'v-cook-1', sentAt: '2024-03-05' });
    await recordSentDocument(db, b.id, { documentId: 'resume-01', versionId: 'v-chef-1', sentAt: '2024-03-06' });
    await recordSentDocument(db, b.id, { documentId: 'letter-01', versionId: 'v-letter', sentAt: '2024-03-06' });
    // Sending the same version again updates the date instead of listing it twice.
    const again = await recordSentDocument(db, b.id, { documentId: 'resume-01', versionId: 'v-chef-1', sentAt: '2024-03-07' });
    expect(again.sentDocuments.map((s) => s.sentAt)).toEqual(['2024-03-06', '2024-03-07']);
    expect((await jobsForDocument(db, 'resume-01')).map((j) => j.title).sort()).toEqual(['Chef', 'Cook']);
    await removeSentDocument(db, b.id, { documentId: 'resume-01', versionId: 'v-chef-1' });
    expect((await jobsForDocument(db, 'resume-01')).map((j) => j.title)).toEqual(['Cook']);
    await expect(recordSentDocument(db, a.id, { documentId: '../../etc', versionId: 'v1-abc', sentAt: '2024-03-05' })).rejects.toThrow(InvalidRecordError);
  });
});
