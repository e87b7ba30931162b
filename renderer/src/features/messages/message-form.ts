import { isCalendarDate, TEXT_LIMIT, type CalendarDate } from '../../../../shared/domain/jobs';
import { emptyMessageFields, type Message, type MessageFields } from '../../../../shared/domain/messages';

/** What the note form holds: the job and person as select values ('' for none). */
export interface MessageDraft extends Omit<MessageFields, 'jobId' | 'contactId'> {
  jobId: string;
  contactId: string;
}

export type MessageProblemKey = 'dateInvalid' | 'dateFuture' | 'textRequired' | 'subjectTooLong' | 'tooLong';

export interface MessageProblem {
  field: keyof MessageDraft;
  key: MessageProblemKey;
}

/** The form's starting values: the message's own, or a blank note dated `today` (about a job or person when given). */
export function messageDraft(message: Message | null, today: CalendarDate, about: { jobId?: string; contactId?: string } = {}): MessageDraft {
  const fields = message ?? { ...emptyMessageFields(today), jobId: about.jobId ?? null, contactId: about.contactId ?? null };
  const { direction, channel, at, subject, summary } = fields;
  return { direction, channel, at, subject, summary, jobId: fields.jobId ?? '', contactId: fields.contactId ?? '' };
}

/** What is wrong with the form, in field order; empty when it can be saved. */
export function messageProblems(draft: MessageDraft, today: CalendarDate): MessageProblem[] {
  const problems: MessageProblem[] = [];
  if (!isCalendarDate(draft.at)) problems.push({ field: 'at', key: 'dateInvalid' });
  else if (draft.at > today) problems.push({ field: 'at', key: 'dateFuture' });
  if (draft.subject.length > 500) problems.push({ field: 'subject', key: 'subjectTooLong' });
  if (draft.summary.length > TEXT_LIMIT) problems.push({ field: 'summary', key: 'tooLong' });
  else if (!draft.subject.trim() && !draft.summary.trim()) problems.push({ field: 'summary', key: 'textRequired' });
  return problems;
}

/** The form's values ready to store. */
export function cleanMessage(draft: MessageDraft): MessageFields {
  return {
    direction: draft.direction,
    channel: draft.channel,
    at: draft.at,
    jobId: draft.jobId || null,
    contactId: draft.contactId || null,
    subject: draft.subject.trim(),
    summary: draft.summary.trim(),
  };
}
