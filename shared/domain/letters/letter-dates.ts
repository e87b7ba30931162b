import type { LetterLanguage } from './types';

const LOCALES: Record<LetterLanguage, string> = { en: 'en-US', es: 'es-US' };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A YYYY-MM-DD day as a letter writes it: "March 4, 2025" or "4 de marzo de 2025".
 * Anything that is not such a day comes back unchanged, so a typed "next Tuesday" survives.
 */
export function formatLetterDate(day: string, language: LetterLanguage): string {
  const match = DAY.exec(day.trim());
  if (!match) return day.trim();
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  // Formatted in UTC because the date has no time of day: no time zone may shift it.
  return new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The calendar day of an ISO date-time in the user's time zone. A value with a Z or an
 * offset names an instant, which is converted; a floating "2025-03-04T10:00" or a plain day is taken as written.
 */
export function localDayOf(isoDateTime: string): string {
  const value = isoDateTime.trim();
  if (/(?:Z|[+-]\d{2}:?\d{2})$/i.test(value)) {
    const instant = new Date(value);
    if (!Number.isNaN(instant.getTime())) {
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
    }
  }
  const day = value.slice(0, 10);
  return DAY.test(day) ? day : '';
}
