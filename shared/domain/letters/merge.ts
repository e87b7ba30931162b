import { localDayOf } from './letter-dates';
import { letterType } from './letter-types';
import type { LetterContext, LetterTypeDef, LetterTypeId, MergeSource } from './types';

/** Field values by field id, as the wizard and the editor hold them (dates as YYYY-MM-DD). */
export type LetterValues = Record<string, string>;

/** Accepts a type or its id, so callers can pass whichever they hold. */
export function resolveType(type: LetterTypeId | LetterTypeDef): LetterTypeDef {
  return typeof type === 'string' ? letterType(type) : type;
}

/** What one merge source says in this context ('' when the context does not know). */
export function mergeValue(source: MergeSource, ctx: LetterContext): string {
  switch (source) {
    case 'job.title':
      return ctx.job?.title ?? '';
    case 'job.employer':
      return ctx.job?.employer ?? '';
    case 'job.reference':
      return ctx.job?.reference ?? '';
    case 'contact.name':
      return ctx.contact?.name ?? '';
    case 'contact.role':
      return ctx.contact?.role ?? '';
    case 'contact.email':
      return ctx.contact?.email ?? '';
    case 'me.name':
      return ctx.me.name;
    case 'today':
      return ctx.today;
    case 'interview.date':
      return ctx.interviewAt ? localDayOf(ctx.interviewAt) : '';
    case 'referrer.name':
      return ctx.referrer?.name ?? '';
  }
}

/**
 * The values a wizard starts with: every field present, merged from the job, the contact and
 * the user's details where the type says so, choices on their first (recommended) option.
 */
export function initialValues(type: LetterTypeId | LetterTypeDef, ctx: LetterContext): LetterValues {
  const values: LetterValues = {};
  for (const field of resolveType(type).fields) {
    if (field.mergeFrom) values[field.id] = mergeValue(field.mergeFrom, ctx).trim();
    else if (field.kind === 'choice') values[field.id] = field.choices?.[0] ?? '';
    else values[field.id] = '';
  }
  return values;
}

/** Ids of required fields that are still empty: the wizard asks for these before the letter step. */
export function missingRequired(type: LetterTypeId | LetterTypeDef, values: LetterValues): string[] {
  return resolveType(type)
    .fields.filter((field) => field.required && !(values[field.id] ?? '').trim())
    .map((field) => field.id);
}
