import type { JobPosting } from '../../contract/jobs';
import { isCalendarDate } from './calendar-date';
import { TEXT_LIMIT, type JobFields } from './job';
import { PaySchema, type Pay } from './pay';

/**
 * The job form's fields from a posting the backend read from a URL ('jobs-fetch-posting'):
 * only what the posting states; pay without a currency is taken as US dollars, and pay or
 * dates that would not pass the job schema are left for the user to fill in.
 */
export function fieldsFromPosting(posting: JobPosting): Partial<JobFields> {
  const fields: Partial<JobFields> = {
    title: posting.title.slice(0, TEXT_LIMIT),
    description: posting.description.slice(0, TEXT_LIMIT),
    source: posting.source.slice(0, TEXT_LIMIT),
    url: /^https?:\/\//i.test(posting.url) ? posting.url.slice(0, TEXT_LIMIT) : '',
  };
  if (posting.employer) fields.employer = posting.employer.slice(0, TEXT_LIMIT);
  if (posting.location) fields.location = posting.location.slice(0, TEXT_LIMIT);
  if (posting.jobNumber) fields.jobNumber = posting.jobNumber.slice(0, TEXT_LIMIT);
  if (posting.remote) fields.workplace = posting.remote;
  if (posting.datePosted && isCalendarDate(posting.datePosted)) fields.postedAt = posting.datePosted;
  if (posting.deadline && isCalendarDate(posting.deadline)) fields.deadline = posting.deadline;
  if (posting.pay) {
    const pay: Pay = { min: posting.pay.min, max: posting.pay.max, period: posting.pay.period, currency: (posting.pay.currency ?? 'USD').toUpperCase() };
    if (PaySchema.safeParse(pay).success) fields.pay = pay;
  }
  return fields;
}
