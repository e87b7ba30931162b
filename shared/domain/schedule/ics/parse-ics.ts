// parseIcs: a whole .ics text into event drafts plus a report of what was skipped and why.
// A problem with the file as a whole (too large, not a calendar, too many events) imports
// nothing; a problem with one event skips only that event.
import ICAL from 'ical.js';
import { defaultTimeZone } from '../time-zones';
import { splitIcs, type IcsBlock } from './blocks';
import { formatMegabytes, ICS_MAX_BYTES } from './decode';
import { fileError, skip, warn, type IcsEventDraft, type IcsParseResult, type IcsSkip, type IcsWarning } from './import-result';
import { readEvent, wallIn, type ReadEvent } from './read-event';
import { ZoneResolver } from './zone-resolver';

/** Lines an event cannot lose and keep its meaning. */
const ESSENTIAL_LINES = new Set(['DTSTART', 'DTEND', 'DURATION', 'RRULE', 'RECURRENCE-ID', 'UID']);

/** The most events one file may hold: twice the 10,000 the benchmark imports. */
export const ICS_MAX_EVENTS = 20_000;

export interface ParseIcsOptions {
  /** The zone floating times are read in and one-off UTC times are shown in; the computer's zone by default. */
  defaultZone?: string;
  /** Title for events without a SUMMARY, in the user's language. */
  untitled?: string;
  /** For tests: a lower event limit. */
  maxEvents?: number;
}

/** Reads an iCalendar text. Never throws for bad input: everything wrong is in the result. */
export function parseIcs(text: string, options: ParseIcsOptions = {}): IcsParseResult {
  const empty = { events: [], skipped: [], warnings: [], calendarName: null };
  // Characters are at least one byte each, so this catches every text over the byte limit that decodeIcsBytes enforces.
  if (text.length > ICS_MAX_BYTES) {
    return { ...empty, error: fileError('too-large', { size: formatMegabytes(text.length), limit: formatMegabytes(ICS_MAX_BYTES) }) };
  }
  const layout = splitIcs(text.replace(/^\uFEFF/, ''));
  if (!layout.looksLikeIcs) return { ...empty, error: fileError('not-a-calendar') };
  const eventBlocks = layout.blocks.filter((b) => b.name === 'VEVENT');
  const maxEvents = options.maxEvents ?? ICS_MAX_EVENTS;
  if (eventBlocks.length > maxEvents) {
    return { ...empty, calendarName: layout.calendarName, error: fileError('too-many-events', { count: String(eventBlocks.length), limit: String(maxEvents) }) };
  }

  const defaultZone = options.defaultZone ?? defaultTimeZone();
  const ctx = {
    resolver: new ZoneResolver(readTimezones(layout.blocks), defaultZone),
    defaultZone,
    untitled: options.untitled ?? 'Untitled event',
  };
  const skipped: IcsSkip[] = [];
  const warnings: IcsWarning[] = [];
  const read: ReadEvent[] = [];
  const seen = new Set<string>();
  for (const block of eventBlocks) {
    const result = readBlock(block, ctx);
    if ('code' in result) {
      skipped.push(result);
      continue;
    }
    const key = `${result.uid}\u0000${result.recurrenceId ? JSON.stringify(result.recurrenceId) : ''}`;
    if (seen.has(key)) {
      skipped.push(skip('duplicate', { uid: result.uid, summary: result.summary || null, line: block.line }));
      continue;
    }
    seen.add(key);
    warnings.push(...result.warnings);
    read.push(result);
  }
  return { events: tieOverrides(read, warnings), skipped, warnings, calendarName: layout.calendarName, error: null };
}

function readBlock(block: IcsBlock, ctx: Parameters<typeof readEvent>[3]): ReadEvent | IcsSkip {
  const summary = /\r\nSUMMARY[^:\r\n]*:([^\r\n]*)/i.exec(block.text)?.[1]?.trim() || null;
  if (!block.complete) return skip('incomplete', { summary, line: block.line });
  const parsed = parseLeniently(block.text);
  if ('error' in parsed) return skip('unreadable', { summary, line: block.line }, { detail: parsed.error });
  // Without these the event would change meaning (a weekly series read as a one-off), so it is skipped instead.
  const essential = parsed.dropped.find((name) => ESSENTIAL_LINES.has(name));
  if (essential === 'RRULE') return skip('bad-repeat-rule', { summary, line: block.line }, { detail: 'the RRULE line is not valid.' });
  if (essential) return skip('unreadable', { summary, line: block.line }, { detail: `its ${essential} line is not valid` });
  try {
    const event = readEvent(parsed.component, block.line, stableUid(block.text), ctx);
    if (!('code' in event) && parsed.dropped.length > 0) {
      const where = { uid: event.uid, summary: event.summary || null, line: block.line };
      event.warnings.push(warn('ignored-lines', where, { count: String(parsed.dropped.length), detail: [...new Set(parsed.dropped)].join(', ') }));
    }
    return event;
  } catch (error) {
    // ical.js reads values lazily, so a malformed value can throw here rather than in parse().
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 200);
    return skip('unreadable', { summary, line: block.line }, { detail });
  }
}

/**
 * Parses a component with ical.js; when that fails, parses again without the content
 * lines ical.js cannot read on their own (an empty EXDATE, an RDATE with only a time), so
 * one bad line costs that line rather than the event. Returns the names of dropped lines.
 */
function parseLeniently(text: string): { component: ICAL.Component; dropped: string[] } | { error: string } {
  try {
    return { component: new ICAL.Component(ICAL.parse(text) as unknown[]), dropped: [] };
  } catch (error) {
    const dropped: string[] = [];
    const kept = text.split('\r\n').filter((line) => {
      if (/^(BEGIN|END):/i.test(line)) return true;
      try {
        ICAL.parse.property(line);
        return true;
      } catch {
        dropped.push(/^[A-Za-z0-9-]+/.exec(line)?.[0].toUpperCase() ?? '?');
        return false;
      }
    });
    try {
      if (dropped.length === 0) throw error;
      return { component: new ICAL.Component(ICAL.parse(kept.join('\r\n')) as unknown[]), dropped };
    } catch (again) {
      return { error: (again instanceof Error ? again.message : String(again)).split('\n')[0].slice(0, 200) };
    }
  }
}

/** The file's VTIMEZONE components by TZID; a broken one is left out (its TZID then resolves by name only). */
function readTimezones(blocks: readonly IcsBlock[]): Map<string, ICAL.Component> {
  const zones = new Map<string, ICAL.Component>();
  for (const block of blocks) {
    if (block.name !== 'VTIMEZONE' || !block.complete) continue;
    try {
      const component = new ICAL.Component(ICAL.parse(block.text) as unknown[]);
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') zones.set(tzid, component);
    } catch {
      // Unreadable zone definitions only lose the offset matching for their TZID.
    }
  }
  return zones;
}

/**
 * Gives each edited occurrence its RECURRENCE-ID as a wall time in its series' zone (as
 * occurrencesBetween produces it), and turns cancelled occurrences into the series' EXDATEs.
 */
function tieOverrides(read: ReadEvent[], warnings: IcsWarning[]): IcsEventDraft[] {
  const series = new Map(read.filter((e) => !e.recurrenceId).map((e) => [e.uid, e]));
  const drafts: IcsEventDraft[] = [];
  for (const event of read) {
    if (!event.recurrenceId) continue;
    const parent = series.get(event.uid);
    const zone = parent?.fields.timeZone ?? event.fields.timeZone;
    const allDay = parent?.fields.allDay ?? event.fields.allDay;
    const recurrenceId = wallIn(event.recurrenceId, zone, allDay);
    if (!event.cancelled) continue;
    if (parent?.fields.recurrence) parent.fields.recurrence.exdates.push(recurrenceId);
    else warnings.push(warn('orphan-cancellation', { uid: event.uid, summary: event.summary || null, line: event.line }));
  }
  for (const event of read) {
    if (event.cancelled) continue;
    let recurrenceId = null;
    if (event.recurrenceId) {
      const parent = series.get(event.uid);
      recurrenceId = wallIn(event.recurrenceId, parent?.fields.timeZone ?? event.fields.timeZone, parent?.fields.allDay ?? event.fields.allDay);
    }
    const recurrenceUtc = event.recurrenceId?.kind === 'date-time' ? event.recurrenceId.instant : null;
    drafts.push({ uid: event.uid, recurrenceId, recurrenceUtc, fields: event.fields, declared: event.declared, line: event.line });
  }
  return drafts;
}

/**
 * A UID for an event that has none, the same every time the same file is imported (so a
 * second import updates rather than duplicates): a hash of the event's lines without
 * DTSTAMP, which producers rewrite on every export.
 */
export function stableUid(blockText: string): string {
  const content = blockText
    .split('\r\n')
    .filter((l) => !/^DTSTAMP[;:]/i.test(l))
    .join('\n');
  // FNV-1a, twice with different seeds, for 64 bits: collisions between events of one calendar are out of reach.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return `import-${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}@career-organizer`;
}
