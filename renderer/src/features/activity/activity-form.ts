import type { Activity, ActivityType } from '../../../../shared/domain/activity';
import { isCalendarDate, TEXT_LIMIT, type CalendarDate } from '../../../../shared/domain/jobs';

/** What the activity form holds. */
export interface ActivityDraft {
  date: string;
  type: ActivityType;
  employer: string;
  contactPerson: string;
  contactMethod: string;
  position: string;
  result: string;
}

export type ActivityProblemKey = 'dateRequired' | 'dateFuture' | 'employerRequired' | 'tooLong';

export interface ActivityProblem {
  field: keyof ActivityDraft;
  key: ActivityProblemKey;
}

// The stored schema's limits (ActivitySchema): short fields 1,000 characters, long ones 100 KB.
const SHORT_LIMIT = 1000;

/** The form's starting values: the activity's own, or a blank one on `date`. */
export function activityDraft(activity: Activity | null, date: CalendarDate): ActivityDraft {
  if (!activity) return { date, type: 'employer-contact', employer: '', contactPerson: '', contactMethod: '', position: '', result: '' };
  const { type, employer, contactPerson, contactMethod, position, result } = activity;
  return { date: activity.date, type, employer, contactPerson, contactMethod, position, result };
}

/** What is wrong with the form, in field order; empty when it can be saved. `today` bounds the date. */
export function activityProblems(draft: ActivityDraft, today: CalendarDate): ActivityProblem[] {
  const problems: ActivityProblem[] = [];
  if (!isCalendarDate(draft.date)) problems.push({ field: 'date', key: 'dateRequired' });
  else if (draft.date > today) problems.push({ field: 'date', key: 'dateFuture' });
  if (!draft.employer.trim()) problems.push({ field: 'employer', key: 'employerRequired' });
  else if (draft.employer.length > TEXT_LIMIT) problems.push({ field: 'employer', key: 'tooLong' });
  if (draft.contactPerson.length > SHORT_LIMIT) problems.push({ field: 'contactPerson', key: 'tooLong' });
  if (draft.contactMethod.length > SHORT_LIMIT) problems.push({ field: 'contactMethod', key: 'tooLong' });
  if (draft.position.length > TEXT_LIMIT) problems.push({ field: 'position', key: 'tooLong' });
  if (draft.result.length > TEXT_LIMIT) problems.push({ field: 'result', key: 'tooLong' });
  return problems;
}

/** The form's values ready to store, with spaces around each removed. */
export function cleanActivity(draft: ActivityDraft): ActivityDraft {
  return {
    date: draft.date,
    type: draft.type,
    employer: draft.employer.trim(),
    contactPerson: draft.contactPerson.trim(),
    contactMethod: draft.contactMethod.trim(),
    position: draft.position.trim(),
    result: draft.result.trim(),
  };
}
