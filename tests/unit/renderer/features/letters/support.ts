import { beforeEach } from 'vitest';
import { addContact, getDb, linkContact, saveMyDetails, emptyMyDetails } from '../../../../../renderer/src/db';
import { resetJobsStore } from '../../../../../renderer/src/features/jobs/state/jobs-store';
import type { ContactFields } from '../../../../../shared/domain/jobs';
import { seedJob } from '../contacts/support';

// The app over the real backend at a route, with the database emptied before each test (see contacts/support).
export { findToast, renderAt, seedJob } from '../contacts/support';

// The board's copy of the jobs lives outside the database; each test starts it empty too.
beforeEach(() => resetJobsStore());

/** A job in Interviewing with its hiring manager and the friend who referred the user, as the decline wizard expects. */
export async function seedInterview(stages: [Parameters<typeof seedJob>[1]] | [] = []) {
  const job = await seedJob(
    { title: 'Warehouse lead', employer: 'Harbor Logistics', location: 'Tacoma' },
    stages[0] ?? [
      ['applied', '2025-02-20'],
      ['interviewing', '2025-03-01'],
    ],
  );
  const luis = await addContact(getDb(), { name: 'Luis Ortega', role: 'hiring-manager', employer: 'Harbor Logistics', email: 'luis@harbor.example' });
  const maria = await addContact(getDb(), { name: 'Maria Lopez', role: 'referral', email: 'maria@example.com' } satisfies Partial<ContactFields> & { name: string });
  await linkContact(getDb(), job.id, maria.id);
  await linkContact(getDb(), job.id, luis.id);
  return { job, luis, maria };
}

/** My details as the user typed them once. */
export function seedMe(name = 'Ana Reyes') {
  return saveMyDetails(getDb(), { ...emptyMyDetails(), name, email: 'ana@example.com', phone: '(253) 555-0100' });
}
