import { ContactFieldsSchema, ContactSchema, emptyContactFields, type Contact, type ContactFields } from '../../../shared/domain/jobs';
import type { CareerDb } from './career-db';
import { newId, nowIso } from './clock';
import { RecordNotFoundError, validate } from './errors';
import { toContactRow, type ContactRow, type JobRow } from './rows';

const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Adds a person (recruiter, hiring manager, referral ...). */
export async function addContact(db: CareerDb, fields: Partial<ContactFields> & { name: string }): Promise<ContactRow> {
  const now = nowIso();
  const contact = validate(ContactSchema, { ...emptyContactFields(), ...fields, id: newId(), createdAt: now, updatedAt: now }, 'contact');
  const row = toContactRow(contact);
  await db.contacts.add(row);
  return row;
}

/** Reads one contact; throws RecordNotFoundError when it is gone. */
export async function getContact(db: CareerDb, id: string): Promise<ContactRow> {
  const contact = await db.contacts.get(id);
  if (!contact) throw new RecordNotFoundError('This contact is no longer in your list.');
  return contact;
}

/** Changes some fields of a contact. */
export async function updateContact(db: CareerDb, id: string, patch: Partial<ContactFields>): Promise<ContactRow> {
  const changes = validate(ContactFieldsSchema.partial().strict(), patch, 'change');
  return db.transaction('rw', db.contacts, async () => {
    const { employerKey: _key, ...current } = await getContact(db, id);
    const row = toContactRow(validate(ContactSchema, { ...current, ...changes, updatedAt: nowIso() }, 'contact'));
    await db.contacts.put(row);
    return row;
  });
}

/** Every contact, sorted by name the way people read names (accents and case ignored, numbers in order). */
export async function listContacts(db: CareerDb): Promise<ContactRow[]> {
  return (await db.contacts.toArray()).sort((a, b) => byName.compare(a.name, b.name));
}

/** What deleteContact removed, for undo. */
export interface DeletedContact {
  contact: ContactRow;
  /** The jobs it was linked to. */
  jobIds: string[];
}

/** Deletes a contact and unlinks it from its jobs; returns what undo needs. */
export async function deleteContact(db: CareerDb, id: string): Promise<DeletedContact> {
  return db.transaction('rw', db.contacts, db.jobs, async () => {
    const contact = await getContact(db, id);
    const jobs = await db.jobs.where('contactIds').equals(id).toArray();
    for (const job of jobs) await db.jobs.put({ ...job, contactIds: job.contactIds.filter((c) => c !== id) });
    await db.contacts.delete(id);
    return { contact, jobIds: jobs.map((j) => j.id) };
  });
}

/** Puts back a contact deleteContact removed, with its links to the jobs that still exist. */
export async function restoreContact(db: CareerDb, deleted: DeletedContact): Promise<void> {
  await db.transaction('rw', db.contacts, db.jobs, async () => {
    await db.contacts.put(deleted.contact);
    for (const job of await db.jobs.bulkGet(deleted.jobIds)) {
      if (job && !job.contactIds.includes(deleted.contact.id)) await db.jobs.put({ ...job, contactIds: [...job.contactIds, deleted.contact.id] });
    }
  });
}

/** Links a contact to a job (once; linking again changes nothing). */
export async function linkContact(db: CareerDb, jobId: string, contactId: string): Promise<JobRow> {
  return db.transaction('rw', db.jobs, db.contacts, async () => {
    await getContact(db, contactId);
    const job = await db.jobs.get(jobId);
    if (!job) throw new RecordNotFoundError('This job is no longer in your list.');
    if (job.contactIds.includes(contactId)) return job;
    const next = { ...job, contactIds: [...job.contactIds, contactId], updatedAt: nowIso() };
    await db.jobs.put(next);
    return next;
  });
}

/** Removes the link between a contact and a job. */
export async function unlinkContact(db: CareerDb, jobId: string, contactId: string): Promise<JobRow> {
  return db.transaction('rw', db.jobs, async () => {
    const job = await db.jobs.get(jobId);
    if (!job) throw new RecordNotFoundError('This job is no longer in your list.');
    const next = { ...job, contactIds: job.contactIds.filter((c) => c !== contactId), updatedAt: nowIso() };
    await db.jobs.put(next);
    return next;
  });
}

/** The jobs a contact is linked to (the contact page's list), through the multi-entry index. */
export function jobsForContact(db: CareerDb, contactId: string): Promise<JobRow[]> {
  return db.jobs.where('contactIds').equals(contactId).toArray();
}

/** A job's contacts, in the order they were linked; links to deleted contacts are skipped. */
export async function contactsForJob(db: CareerDb, job: Pick<JobRow, 'contactIds'>): Promise<Contact[]> {
  return (await db.contacts.bulkGet(job.contactIds)).filter((c): c is ContactRow => c !== undefined);
}
