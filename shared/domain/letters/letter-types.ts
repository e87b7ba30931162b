// The eleven letter types as data: which fields each asks for (and where they merge from),
// the advice steps of its wizard, and what sending it means for the job. The words live in
// the text tables (text/en, text/es); ids here are stored with drafts, so never rename one.
import type { LetterField, LetterTypeDef, LetterTypeId } from './types';

// Fields several letters share, so "employer" means the same thing everywhere.
const contactName = (required = false): LetterField => ({ id: 'contactName', kind: 'text', required, mergeFrom: 'contact.name' });
const contactRole: LetterField = { id: 'contactRole', kind: 'text', required: false, mergeFrom: 'contact.role' };
const employer = (required = true): LetterField => ({ id: 'employer', kind: 'text', required, mergeFrom: 'job.employer' });
const jobTitle = (required = true): LetterField => ({ id: 'jobTitle', kind: 'text', required, mergeFrom: 'job.title' });
const reference: LetterField = { id: 'reference', kind: 'text', required: false, mergeFrom: 'job.reference' };
const interviewDate: LetterField = { id: 'interviewDate', kind: 'date', required: false, mergeFrom: 'interview.date' };
const personalNote: LetterField = { id: 'personalNote', kind: 'multiline', required: false };
const recipientAddress: LetterField = { id: 'recipientAddress', kind: 'multiline', required: false };
const fitPoint: LetterField = { id: 'fitPoint', kind: 'multiline', required: false };
const stayInTouch: LetterField = { id: 'stayInTouch', kind: 'choice', required: true, choices: ['yes', 'no'] };
/** A reason is optional in every letter that ends something: "none" is the default and the advice. */
const reason = (choices: string[]): LetterField => ({ id: 'reason', kind: 'choice', required: true, choices: ['none', ...choices] });

const letterStep = { id: 'letter', kind: 'letter' } as const;

/** Every letter type, in the order the wizard offers them. */
export const LETTER_TYPES: readonly LetterTypeDef[] = [
  {
    id: 'decline-interview',
    offersStage: 'declined',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [
      contactName(),
      employer(),
      jobTitle(),
      interviewDate,
      { id: 'channel', kind: 'choice', required: true, choices: ['email', 'phone'] },
      { id: 'referrerName', kind: 'text', required: false, mergeFrom: 'referrer.name' },
      reason(['accepted-other', 'current-role', 'other-direction', 'timing']),
      personalNote,
    ],
    steps: [
      { id: 'be-sure', kind: 'checklist', items: ['concrete-reason', 'negotiable', 'other-role', 'ask-around'] },
      { id: 'act-quickly', kind: 'fields', fields: ['interviewDate', 'channel', 'referrerName'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'reason', 'personalNote'] },
      letterStep,
    ],
  },
  {
    id: 'withdraw-application',
    offersStage: 'withdrawn',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [contactName(), employer(), jobTitle(), reference, reason(['accepted-other', 'current-role', 'other-direction', 'personal']), stayInTouch, personalNote],
    steps: [
      { id: 'before', kind: 'checklist', items: ['sure', 'now', 'other-openings'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'reference', 'reason', 'stayInTouch', 'personalNote'] },
      letterStep,
    ],
  },
  {
    id: 'decline-offer',
    offersStage: 'declined',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [contactName(), employer(), jobTitle(), reason(['accepted-other', 'compensation', 'current-role', 'not-right-fit']), stayInTouch, personalNote],
    steps: [
      { id: 'be-sure', kind: 'checklist', items: ['negotiate', 'compare', 'other-offer-in-writing', 'sleep-on-it'] },
      { id: 'act-quickly', kind: 'info' },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'reason', 'stayInTouch', 'personalNote'] },
      letterStep,
    ],
  },
  {
    id: 'accept-offer',
    offersStage: 'accepted',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [
      contactName(),
      employer(),
      jobTitle(),
      { id: 'startDate', kind: 'date', required: false },
      { id: 'salary', kind: 'text', required: false },
      { id: 'otherTerms', kind: 'multiline', required: false },
      personalNote,
    ],
    steps: [
      { id: 'check-offer', kind: 'checklist', items: ['in-writing', 'questions', 'conditions', 'other-employers'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'startDate', 'salary', 'otherTerms', 'personalNote'] },
      letterStep,
    ],
  },
  {
    id: 'thank-you',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [contactName(), employer(), jobTitle(), interviewDate, { id: 'highlight', kind: 'text', required: false }, fitPoint],
    steps: [
      { id: 'timing', kind: 'info' },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'interviewDate'] },
      { id: 'what-to-say', kind: 'fields', fields: ['highlight', 'fitPoint'] },
      letterStep,
    ],
  },
  {
    id: 'follow-up',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [contactName(), employer(), jobTitle(), reference, { id: 'appliedOn', kind: 'date', required: false }, fitPoint],
    steps: [
      { id: 'timing', kind: 'checklist', items: ['waited', 'still-open', 'someone-inside'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'reference', 'appliedOn', 'fitPoint'] },
      letterStep,
    ],
  },
  {
    id: 'informational-interview',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [
      contactName(true),
      contactRole,
      employer(false),
      { id: 'howFound', kind: 'multiline', required: false },
      { id: 'aboutMe', kind: 'multiline', required: false },
      { id: 'topic', kind: 'text', required: true },
      { id: 'duration', kind: 'choice', required: true, choices: ['20', '15', '30'] },
    ],
    steps: [
      { id: 'prepare', kind: 'checklist', items: ['research', 'advice-not-job', 'questions', 'small-ask'] },
      { id: 'who', kind: 'fields', fields: ['contactName', 'contactRole', 'employer', 'howFound'] },
      { id: 'what', kind: 'fields', fields: ['aboutMe', 'topic', 'duration'] },
      letterStep,
    ],
  },
  {
    id: 'reschedule-interview',
    activity: { type: 'employer-contact' },
    channel: 'email',
    fields: [
      contactName(),
      employer(),
      jobTitle(),
      interviewDate,
      reason(['conflict', 'illness', 'family']),
      { id: 'availability', kind: 'multiline', required: true },
    ],
    steps: [
      { id: 'act-quickly', kind: 'fields', fields: ['interviewDate'] },
      { id: 'new-times', kind: 'fields', fields: ['availability'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'employer', 'jobTitle', 'reason'] },
      letterStep,
    ],
  },
  {
    id: 'reference-request',
    channel: 'email',
    fields: [
      contactName(true),
      { id: 'workplace', kind: 'text', required: false },
      jobTitle(false),
      employer(false),
      { id: 'deadline', kind: 'date', required: false },
      { id: 'highlights', kind: 'multiline', required: false },
    ],
    steps: [
      { id: 'choose', kind: 'checklist', items: ['knows-your-work', 'ask-first', 'easy-no', 'send-material'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'workplace', 'jobTitle', 'employer', 'deadline', 'highlights'] },
      letterStep,
    ],
  },
  {
    id: 'resignation',
    channel: 'letter',
    fields: [
      contactName(),
      contactRole,
      employer(),
      jobTitle(),
      recipientAddress,
      { id: 'lastDay', kind: 'date', required: true },
      { id: 'gratitude', kind: 'multiline', required: false },
      { id: 'handover', kind: 'choice', required: true, choices: ['yes', 'no'] },
    ],
    steps: [
      { id: 'before', kind: 'checklist', items: ['offer-signed', 'notice', 'tell-first', 'keep-positive'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'contactRole', 'employer', 'recipientAddress', 'jobTitle', 'lastDay'] },
      { id: 'leaving-well', kind: 'fields', fields: ['gratitude', 'handover'] },
      letterStep,
    ],
  },
  {
    id: 'cover-letter',
    offersStage: 'applied',
    activity: { type: 'application' },
    channel: 'letter',
    fields: [
      contactName(),
      contactRole,
      employer(),
      recipientAddress,
      jobTitle(),
      reference,
      { id: 'foundVia', kind: 'text', required: false },
      { id: 'whyThem', kind: 'multiline', required: false },
      { id: 'strengths', kind: 'multiline', required: true },
      { id: 'achievement', kind: 'multiline', required: false },
    ],
    steps: [
      { id: 'research', kind: 'checklist', items: ['read-posting', 'match', 'find-name', 'one-page'] },
      { id: 'details', kind: 'fields', fields: ['contactName', 'contactRole', 'employer', 'recipientAddress', 'jobTitle', 'reference', 'foundVia'] },
      { id: 'your-case', kind: 'fields', fields: ['whyThem', 'strengths', 'achievement'] },
      letterStep,
    ],
  },
];

const BY_ID = new Map<string, LetterTypeDef>(LETTER_TYPES.map((type) => [type.id, type]));

/** The letter type with this id; throws for an unknown id (ids come from our own data). */
export function letterType(id: LetterTypeId): LetterTypeDef {
  const type = BY_ID.get(id);
  if (!type) throw new Error(`Unknown letter type "${id}".`);
  return type;
}

/** True for a letter type id we know (drafts from older versions are checked with it). */
export function isLetterTypeId(value: unknown): value is LetterTypeId {
  return typeof value === 'string' && BY_ID.has(value);
}
