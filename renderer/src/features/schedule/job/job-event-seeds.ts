import type { TFunction } from 'i18next';
import { addDays, type CalendarDate } from '../../../../../shared/domain/jobs';
import { defaultTimeZone, type EventFields } from '../../../../../shared/domain/schedule';
import type { JobRow } from '../../../db/rows';
import type { NewEventSeed } from '../form/event-draft';

/** Reminders for a deadline: a week and a day before, time to finish the application. */
export const DEADLINE_REMINDERS = [10080, 1440];

/** The interview form, filled in from the job: "Interview with Acme", linked to it, tomorrow at 10. */
export function interviewSeed(t: TFunction, job: JobRow, today: CalendarDate): NewEventSeed {
  const tomorrow = addDays(today, 1);
  return {
    kind: 'interview',
    title: job.employer ? t('schedule.fromJob.interviewWith', { employer: job.employer }) : t('schedule.fromJob.interviewFor', { title: job.title }),
    start: `${tomorrow}T10:00`,
    timeZone: defaultTimeZone(),
    jobId: job.id,
    contactId: job.contactIds[0] ?? null,
    location: job.location,
  };
}

/** The all-day "application deadline" event for a job's deadline. */
export function deadlineFields(t: TFunction, job: JobRow, deadline: CalendarDate): EventFields {
  return {
    kind: 'application-deadline',
    title: job.employer ? t('schedule.fromJob.deadlineWith', { title: job.title, employer: job.employer }) : t('schedule.fromJob.deadline', { title: job.title }),
    start: deadline,
    end: addDays(deadline, 1),
    allDay: true,
    timeZone: defaultTimeZone(),
    location: '',
    url: job.url,
    notes: '',
    outcome: null,
    jobId: job.id,
    contactId: null,
    schoolId: null,
    recurrence: null,
    reminders: [...DEADLINE_REMINDERS],
  };
}

