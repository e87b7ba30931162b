import type { ContactRow, JobRow } from '../../../db/rows';

/**
 * Who a letter about `job` is most likely to: its hiring manager, else its recruiter. The
 * person who referred the user gets a note of their own, never the letter to the employer.
 */
export function defaultContactFor(job: Pick<JobRow, 'contactIds'> | undefined, contacts: readonly ContactRow[]): string {
  if (!job) return '';
  const linked = job.contactIds.map((id) => contacts.find((c) => c.id === id)).filter((c): c is ContactRow => c !== undefined);
  return (linked.find((c) => c.role === 'hiring-manager') ?? linked.find((c) => c.role === 'recruiter'))?.id ?? '';
}
