import type { ContactRole } from '../../../../../shared/domain/jobs';
import type { LetterContext, MyDetails } from '../../../../../shared/domain/letters/types';
import type { CareerDb } from '../../../db/career-db';
import { today } from '../../../db/clock';
import type { ContactRow, JobRow } from '../../../db/rows';
import { nextInterviewFor } from './next-interview';

/** The records a letter is linked to, read once when the wizard opens or a link changes. */
export interface LetterLinks {
  job: JobRow | null;
  contact: ContactRow | null;
  /** The job's contact marked as the one who referred the user (decline-interview's second note). */
  referrer: ContactRow | null;
  interviewAt: string | null;
}

/** Reads the job, the person, the job's referrer and its next interview. Missing records read as null. */
export async function loadLetterLinks(db: CareerDb, jobId: string | null, contactId: string | null): Promise<LetterLinks> {
  const [job, contact] = await Promise.all([jobId ? db.jobs.get(jobId) : undefined, contactId ? db.contacts.get(contactId) : undefined]);
  if (!job) return { job: null, contact: contact ?? null, referrer: null, interviewAt: null };
  const linked = (await db.contacts.bulkGet(job.contactIds)).filter((c): c is ContactRow => c !== undefined);
  const referrer = linked.find((c) => c.role === 'referral' && c.id !== contactId) ?? null;
  return { job, contact: contact ?? null, referrer, interviewAt: await nextInterviewFor(db, job, today()) };
}

/** Roles that read as a title under a name in a letter ("Recruiter"); the others are the user's own labels. */
const TITLE_ROLES: readonly ContactRole[] = ['recruiter', 'hiring-manager'];

/** What the letter domain merges from: my details, today, and the linked records. `roleTitle` words a role in the letter's language. */
export function letterContext(me: MyDetails, links: LetterLinks, roleTitle: (role: ContactRole) => string, day = today()): LetterContext {
  const { job, contact, referrer, interviewAt } = links;
  return {
    me,
    today: day,
    ...(job ? { job: { title: job.title, employer: job.employer, location: job.location || undefined, reference: job.jobNumber || undefined } } : {}),
    ...(contact
      ? { contact: { name: contact.name, role: TITLE_ROLES.includes(contact.role) ? roleTitle(contact.role) : undefined, email: contact.email || undefined } }
      : {}),
    ...(referrer ? { referrer: { name: referrer.name, email: referrer.email || undefined } } : {}),
    ...(interviewAt ? { interviewAt } : {}),
  };
}
