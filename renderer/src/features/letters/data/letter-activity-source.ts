import { deriveLetterActivities, LETTER_SOURCE, type SentLetterRecord } from '../../../../../shared/domain/messages';
import { messagesBetween } from '../../../db/messages-table';
import { registerActivitySource, type ActivityLoader } from '../../jobs/data/activity-sources';

/** Sent letters in the range with their job and person, for the job-search log. */
export const loadSentLetters: ActivityLoader<SentLetterRecord> = async (db, from, to) => {
  const sent = (await messagesBetween(db, from, to)).filter((m) => m.direction === 'sent' && m.letterType !== null);
  const ids = (pick: (m: (typeof sent)[number]) => string | null) => [...new Set(sent.map(pick).filter((id): id is string => id !== null))];
  const [jobs, contacts] = await Promise.all([db.jobs.bulkGet(ids((m) => m.jobId)), db.contacts.bulkGet(ids((m) => m.contactId))]);
  const jobById = new Map(jobs.filter((j) => j !== undefined).map((j) => [j.id, j]));
  const contactById = new Map(contacts.filter((c) => c !== undefined).map((c) => [c.id, c]));
  return sent.map((message) => ({
    message,
    job: (message.jobId && jobById.get(message.jobId)) || null,
    contact: (message.contactId && contactById.get(message.contactId)) || null,
  }));
};

// Sent letters count in the job-search log from the moment the app loads its pages.
registerActivitySource(LETTER_SOURCE, deriveLetterActivities, loadSentLetters);
