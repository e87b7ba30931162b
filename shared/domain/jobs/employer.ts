import { foldText } from '../text/fold';

// Legal-form words that say nothing about which employer it is. Dots are removed before
// matching, so "L.L.C." and "S.A. de C.V." arrive here as "llc" and "sa de cv".
const SUFFIXES = [
  'incorporated', 'inc', 'llc', 'llp', 'lp', 'ltd', 'limited', 'co', 'corp', 'corporation', 'company',
  'plc', 'gmbh', 'ag', 'sa', 'sl', 'srl', 'sas', 'sa de cv', 'de cv', 's de rl', 's de rl de cv',
  'sab', 'sapi', 'pty', 'bv', 'nv', 'kk', 'cia', 'y cia',
].sort((a, b) => b.length - a.length);
// The same idea in Japanese and Chinese names, which carry it as a prefix or a suffix.
const CJK_FORMS = /^(?:株式会社|有限会社|合同会社|㈱|\(株\))|(?:株式会社|有限会社|合同会社|股份有限公司|有限责任公司|有限公司|㈱|\(株\))$/u;

/**
 * A key under which "ACME, Inc.", "Acme Inc" and "acmé" are one employer: case, accents,
 * punctuation, symbols and legal-form suffixes removed. Empty when the name is empty.
 */
export function employerKey(name: string): string {
  let text = foldText(name).trim().replace(CJK_FORMS, '').replace(/\./g, '');
  text = text.replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  text = text.replace(/^the /, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      if (text.endsWith(` ${suffix}`)) {
        text = text.slice(0, -suffix.length - 1).trim();
        changed = true;
        break;
      }
    }
  }
  return text.replace(CJK_FORMS, '').trim();
}

/** True when two names are the same employer under employerKey; blank names never match. */
export function sameEmployer(a: string, b: string): boolean {
  const key = employerKey(a);
  return key !== '' && key === employerKey(b);
}
