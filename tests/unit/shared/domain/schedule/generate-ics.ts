// Builds large calendars for the size and speed tests.

/** A calendar of `count` one-hour events a day apart from 2020, in New York time, with CRLF lines. */
export function generateIcs(count: number, options: { description?: string } = {}): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Generated//EN'];
  const base = Date.UTC(2020, 0, 1, 9);
  for (let i = 0; i < count; i++) {
    const start = new Date(base + i * 86_400_000);
    const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').slice(0, 15);
    lines.push(
      'BEGIN:VEVENT',
      `UID:generated-${i}@example.org`,
      'DTSTAMP:20270101T000000Z',
      `DTSTART;TZID=America/New_York:${stamp(start)}`,
      `DTEND;TZID=America/New_York:${stamp(new Date(start.getTime() + 3_600_000))}`,
      `SUMMARY:Event number ${i}`,
      `LOCATION:Room ${i % 40}`,
      ...(options.description ? [`DESCRIPTION:${options.description}`] : []),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}
