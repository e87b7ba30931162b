import type { Workplace } from '../job';

// "Kent, WA", "Kent, WA 98032", "Remote in Seattle, WA", "Hybrid remote in Austin, TX 78701":
// the shapes US job boards print under the title. Only two-letter states, so "Acme, Inc"
// is never mistaken for a place.
const CITY_STATE = /^(?:(?:[Rr]emote|[Hh]ybrid(?: remote| work)?|[Ii]n-person|[Oo]n-?site)\s+in\s+)?([\p{L}][\p{L} .'’-]{0,40},\s?[A-Z]{2}(?:\s\d{5}(?:-\d{4})?)?)$/u;
const PIN = /^\s*(?:📍|🏠|🌎|🌍|🌏)\uFE0F?\s*(.{2,120})$/u;

const WORKPLACE_WORDS: [Workplace, RegExp][] = [
  ['hybrid', /\bhybrid\b|h[ií]brid[oa]|ハイブリッド|混合办公/i],
  ['remote', /\bremote\b|\bwork from home\b|\bwfh\b|remot[oa]|teletrabajo|a distancia|desde casa|リモート|在宅|远程/i],
  ['on-site', /\bon[- ]?site\b|\bin[- ]person\b|\bin[- ]office\b|presencial|en sitio|出社|现场/i],
];

/** The workplace a short phrase names ("Remote", "Híbrido", "On-site"), or null. */
export function readWorkplace(text: string): Workplace | null {
  for (const [workplace, pattern] of WORKPLACE_WORDS) if (pattern.test(text)) return workplace;
  return null;
}

/** The place in a "City, ST" line or a 📍 line, or null. */
export function readLocationLine(line: string): string | null {
  const text = line.trim();
  const pin = PIN.exec(text);
  if (pin) return cleanValue(pin[1], true);
  const m = CITY_STATE.exec(text);
  return m ? m[1].trim() : null;
}

/** Splits "Seattle, WA (Hybrid)" into the place and the workplace named in brackets or after a dash. */
export function splitLocation(value: string): { location: string | null; workplace: Workplace | null } {
  const bracket = /\s*[([]([^)\]]{1,40})[)\]]\s*$/.exec(value);
  const dash = /\s+[-–—|]\s+([^-–—|]{1,40})$/.exec(value);
  for (const m of [bracket, dash]) {
    const workplace = m && readWorkplace(m[1]);
    if (m && workplace) return { location: cleanValue(value.slice(0, m.index)), workplace };
  }
  const alone = readWorkplace(value);
  // "Location: Remote" names no place; "Remote in Seattle, WA" names both.
  const indeed = CITY_STATE.exec(value.trim());
  if (alone && indeed) return { location: indeed[1].trim(), workplace: alone };
  if (alone && value.trim().split(/\s+/).length <= 2) return { location: null, workplace: alone };
  return { location: cleanValue(value), workplace: null };
}

/**
 * Tidies a value: bullets and star ratings off, spaces collapsed; null if too long to be a name.
 * Leading emoji go only when they are a line's bullet (`dropEmoji`): after a label they are part of the name.
 */
export function cleanValue(value: string, dropEmoji = false): string | null {
  const text = value
    .replace(dropEmoji ? /^[\s*•·>_-]*(?:\p{Extended_Pictographic}\uFE0F?\s*)+/u : /^[\s*•·>_-]+/u, '')
    .replace(/\s*\d(?:[.,]\d)?\s*(?:out of 5 stars|de 5 estrellas|★+|stars?)\s*$/i, '')
    .replace(/[*_]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text && text.length <= 300 ? text : null;
}
