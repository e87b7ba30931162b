import { formatLetterDate, localDayOf } from './letter-dates';
import { letterText } from './letter-text';
import { fillText } from './template-fill';
import type { LetterLanguage } from './types';

export type UrgencyKind = 'passed' | 'today' | 'tomorrow' | 'soon' | 'later' | 'unknown';

export interface InterviewUrgency {
  kind: UrgencyKind;
  /** Whole calendar days from today to the interview (negative once passed); null when unknown. */
  days: number | null;
  /** The advice for that urgency, in the given language. */
  text: string;
}

/** Days within which an interview counts as "soon": the user should act today. */
const SOON_DAYS = 6;

/**
 * How soon the interview is, from the schedule's date-time and now, with the advice that
 * goes with it ("Your interview is tomorrow. Tell them today…").
 */
export function interviewUrgency(interviewAt: string | undefined, now: Date, language: LetterLanguage): InterviewUrgency {
  const words = letterText(language).common.urgency;
  const day = interviewAt ? localDayOf(interviewAt) : '';
  if (!day) return { kind: 'unknown', days: null, text: words.unknown };
  const days = dayNumber(day) - dayNumber(localDay(now));
  const at = interviewAt ? Date.parse(interviewAt) : NaN;
  const hasTime = interviewAt !== undefined && interviewAt.trim().length > 10 && !Number.isNaN(at);
  let kind: UrgencyKind;
  if (days < 0 || (days === 0 && hasTime && at < now.getTime())) kind = 'passed';
  else if (days === 0) kind = 'today';
  else if (days === 1) kind = 'tomorrow';
  else if (days <= SOON_DAYS) kind = 'soon';
  else kind = 'later';
  const text = fillText(words[kind], { days: String(days), date: formatLetterDate(day, language) }) ?? words.unknown;
  return { kind, days, text };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
