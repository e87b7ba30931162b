// Splits an iCalendar text into its top-level components before ical.js sees it, so one
// broken event costs only itself: ical.js throws on the first bad line of a whole file,
// and real files (fixtures/real/ics) lack END:VCALENDAR, repeat BEGIN:VCALENDAR, or hold
// bare VEVENTs with no calendar around them.

/** One top-level component (VEVENT, VTIMEZONE, ...) as unfolded text, with where it starts in the file. */
export interface IcsBlock {
  name: string;
  /** Its content lines, unfolded, CRLF-joined, BEGIN to END. */
  text: string;
  /** 1-based line in the file where BEGIN stands. */
  line: number;
  /** False when the file ended before its END line. */
  complete: boolean;
}

/** What a file holds: its components and the calendar-level properties we use. */
export interface IcsLayout {
  blocks: IcsBlock[];
  /** X-WR-CALNAME, when the producer named the calendar. */
  calendarName: string | null;
  /** True when the text has any iCalendar BEGIN line at all. */
  looksLikeIcs: boolean;
}

interface LogicalLine {
  text: string;
  line: number;
}

/** Unfolds RFC 5545 content lines: a line starting with a space or tab continues the one before (3.1). */
export function unfoldLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const lines: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const raw = physical[i];
    const first = raw.charCodeAt(0);
    if ((first === 0x20 || first === 0x09) && lines.length > 0) lines[lines.length - 1].text += raw.slice(1);
    else if (raw.trim() !== '') lines.push({ text: raw, line: i + 1 });
  }
  return lines;
}

/** The top-level components of an iCalendar text, in file order. */
export function splitIcs(text: string): IcsLayout {
  const blocks: IcsBlock[] = [];
  let calendarName: string | null = null;
  let looksLikeIcs = false;
  let current: { name: string; lines: string[]; line: number; depth: string[] } | null = null;

  for (const { text: content, line } of unfoldLines(text)) {
    const begin = /^BEGIN:(.+)$/i.exec(content.trim());
    const end = /^END:(.+)$/i.exec(content.trim());
    if (begin) looksLikeIcs = true;
    if (current) {
      current.lines.push(content);
      if (begin) current.depth.push(begin[1].toUpperCase());
      else if (end && end[1].toUpperCase() === current.depth[current.depth.length - 1]) {
        current.depth.pop();
        if (current.depth.length === 0) {
          blocks.push({ name: current.name, text: current.lines.join('\r\n'), line: current.line, complete: true });
          current = null;
        }
      }
      continue;
    }
    if (begin && begin[1].toUpperCase() !== 'VCALENDAR') {
      const name = begin[1].toUpperCase();
      current = { name, lines: [content], line, depth: [name] };
    } else if (/^X-WR-CALNAME[;:]/i.test(content)) {
      calendarName = content.slice(content.indexOf(':') + 1).trim() || null;
    }
  }
  if (current) blocks.push({ name: current.name, text: current.lines.join('\r\n'), line: current.line, complete: false });
  return { blocks, calendarName, looksLikeIcs };
}
