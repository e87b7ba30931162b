// A deterministic, realistic-looking library for measuring search: job-search vocabulary,
// names and places with accents, a long tail of rarer words (so the index has a real
// vocabulary for fuzzy matching to walk), and a little CJK and Arabic.
import { DOCUMENT_KINDS } from '../../../shared/contract';
import type { SearchableDocument } from './index';

/** A small fast PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const JOB_WORDS = (
  'warehouse forklift logistics inventory picking packing shipping receiving dispatch manager supervisor ' +
  'customer service sales retail cashier driver delivery courier nurse caregiver teacher assistant ' +
  'administrative reception accounting bookkeeping payroll invoices software developer engineer javascript ' +
  'typescript python kotlin react database analyst marketing campaign social media project coordinator ' +
  'team leadership communication interview application resume reference certificate licence training ' +
  'safety compliance quality production operator machine maintenance electrician plumber carpenter ' +
  'construction cleaning hospitality kitchen chef waiter barista housekeeping security volunteer internship ' +
  'apprenticeship degree diploma university college experience skills responsibilities achievements ' +
  'improved managed organised developed reduced increased delivered scheduled trained supported handled ' +
  'processed negotiated budget forecasting spreadsheet excel reporting stakeholders clients vendors ' +
  'procurement purchasing operations shift overtime parttime fulltime contract permanent temporary remote ' +
  'hybrid onsite salary benefits pension holiday availability relocation portfolio github linkedin ' +
  'recruiter agency vacancy position opening employer colleague mentor coaching onboarding scheduling'
).split(' ');

export const NAMES = (
  'Müller Łukasz José Zoë François Søren Björk Núñez Dvořák Çelik Renée Chloé Gómez Jürgen Ólafur ' +
  'Ștefan Đorđe Nguyễn Zürich São Kraków Malmö Besançon Düsseldorf Göteborg Ærø Señora Ibáñez Øster ' +
  'Pérez Hernández Žofia Ptáček Łódź Gdańsk Citroën Noël Anaïs Hélène Straße'
).split(' ');

const SYLLABLES = 'ka to ri mon sel var dan pel or in tra ver com pro sta lin mer gal ben hus tor fen ad ul ex'.split(' ');
const EXOTIC = ['李小龙在北京工作', '東京の物流センター', 'مهندس برمجيات في الرياض', 'Москва логистика склад'];
const TAGS = ['warehouse', 'retail', 'tech', 'remote', 'Berlin', 'urgent', 'tailored', 'draft', 'final', 'Zürich'];

/** A long tail of invented but pronounceable words, like the rare words of real documents. */
function tailWords(random: () => number, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(w);
  }
  return [...words];
}

/** `count` documents of about `textChars` characters of text each. */
export function makeCorpus(count: number, textChars: number, seed = 42): SearchableDocument[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  // Skewed towards the start of each list, as word frequencies are in real text.
  const skewed = <T>(items: readonly T[]) => items[Math.floor(items.length * random() ** 2.5)];
  const tail = tailWords(random, 15_000);
  const word = () => {
    const r = random();
    if (r < 0.45) return skewed(JOB_WORDS);
    if (r < 0.5) return pick(NAMES);
    return skewed(tail);
  };
  const docs: SearchableDocument[] = [];
  for (let d = 0; d < count; d++) {
    let text = '';
    while (text.length < textChars) {
      const len = 6 + Math.floor(random() * 12);
      const sentence = Array.from({ length: len }, word).join(' ');
      text += sentence[0].toUpperCase() + sentence.slice(1) + (random() < 0.15 ? '.\n' : '. ');
      if (random() < 0.01) text += pick(EXOTIC) + '. ';
    }
    docs.push({
      id: `doc-${String(d).padStart(6, '0')}`,
      title: `${pick(NAMES)} ${pick(JOB_WORDS)} ${pick(['resume', 'cover letter', 'certificate', 'notes'])}`,
      kind: pick(DOCUMENT_KINDS),
      tags: Array.from({ length: Math.floor(random() * 3) }, () => pick(TAGS)),
      notes: random() < 0.5 ? Array.from({ length: 5 + Math.floor(random() * 20) }, word).join(' ') : '',
      text,
    });
  }
  return docs;
}
