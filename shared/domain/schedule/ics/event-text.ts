// The free-text parts of an imported event: title, notes, place, link, kind and reminders.
import ICAL from 'ical.js';
import { TEXT_LIMIT } from '../../jobs/job';
import { DEFAULT_REMINDERS, EVENT_KINDS, EVENT_OUTCOMES, type EventKind, type EventOutcome } from '../event';

/** Our own events carry their kind and outcome in these X- properties so they survive a round trip. */
export const KIND_PROPERTY = 'x-career-organizer-kind';
export const OUTCOME_PROPERTY = 'x-career-organizer-outcome';

/** A TEXT property's value ('' when absent); ical.js has already unescaped it. */
export function textOf(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** Text cut to the 100 KB field limit, and whether it had to be cut. */
export function limitText(text: string): { text: string; cut: boolean } {
  return text.length > TEXT_LIMIT ? { text: text.slice(0, TEXT_LIMIT), cut: true } : { text, cut: false };
}

// Words that name the kind in a title or category, English and Spanish; the first match wins.
const KIND_WORDS: [EventKind, RegExp][] = [
  ['interview', /\b(interview|entrevista)/i],
  ['job-centre-appointment', /\b(job ?cent(er|re)|worksource|unemployment office|oficina de empleo|cita de empleo)/i],
  ['hiring-event', /\b(hiring event|job fair|career fair|feria de empleo|feria laboral)/i],
  ['workshop', /\b(workshop|webinar|training|taller|capacitaci[oó]n)/i],
  ['networking', /\b(networking|meetup|mixer)/i],
  ['application-deadline', /\b(deadline|closing date|fecha l[ií]mite)/i],
  ['follow-up', /\b(follow[ -]?up|seguimiento)/i],
];

/** The kind an event declares (our X- property), or one guessed from its title and categories, else 'other'. */
export function kindOf(component: ICAL.Component, summary: string): EventKind {
  const declared = textOf(component, KIND_PROPERTY).trim();
  if ((EVENT_KINDS as readonly string[]).includes(declared)) return declared as EventKind;
  const categories = component.getAllProperties('categories').flatMap((p) => p.getValues().map(String)).join(' ');
  const text = `${summary} ${categories}`;
  return KIND_WORDS.find(([, words]) => words.test(text))?.[0] ?? 'other';
}

/** The outcome an event declares, or 'cancelled' for STATUS:CANCELLED. */
export function outcomeOf(component: ICAL.Component): EventOutcome | null {
  const declared = textOf(component, OUTCOME_PROPERTY).trim();
  if ((EVENT_OUTCOMES as readonly string[]).includes(declared)) return declared as EventOutcome;
  return textOf(component, 'status').trim().toUpperCase() === 'CANCELLED' ? 'cancelled' : null;
}

/** A web link goes in `url`; anything else (a mailto:, a Teams deep link) is kept in the notes instead. */
export function linkOf(component: ICAL.Component): { url: string; extraNote: string } {
  const url = textOf(component, 'url').trim();
  if (url === '') return { url: '', extraNote: '' };
  return /^https?:\/\/[^\s/]+/i.test(url) && url.length <= 2000 ? { url, extraNote: '' } : { url: '', extraNote: url };
}

const MAX_REMINDER_MINUTES = 40_320;

/**
 * Reminders from VALARMs: minutes before the start. Display and audio alarms count (an
 * email alarm is the server's job); triggers relative to the end or at a fixed time are
 * turned into "before the start". Without any VALARM, our own events had none and other
 * producers' events get the app's defaults.
 */
export function remindersOf(component: ICAL.Component, startMs: number, durationMs: number, ours: boolean): number[] {
  const alarms = component.getAllSubcomponents('valarm');
  if (alarms.length === 0) return ours ? [] : [...DEFAULT_REMINDERS];
  const minutes = new Set<number>();
  for (const alarm of alarms) {
    const action = textOf(alarm, 'action').trim().toUpperCase();
    if (action !== '' && action !== 'DISPLAY' && action !== 'AUDIO') continue;
    const trigger = alarm.getFirstProperty('trigger');
    const value = trigger?.getFirstValue();
    let before: number | null = null;
    if (value instanceof ICAL.Duration) {
      const related = String(trigger?.getFirstParameter('related') ?? 'START').toUpperCase();
      before = -(value.toSeconds() * 1000 + (related === 'END' ? durationMs : 0)) / 60_000;
    } else if (value instanceof ICAL.Time) {
      before = (startMs - value.toUnixTime() * 1000) / 60_000;
    }
    if (before !== null && Number.isFinite(before) && before >= 0 && before <= MAX_REMINDER_MINUTES) minutes.add(Math.round(before));
  }
  return [...minutes].sort((a, b) => b - a).slice(0, 10);
}
