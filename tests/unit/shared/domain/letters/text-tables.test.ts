import { describe, expect, it } from 'vitest';
import { LETTER_TYPES, letterText, type ParagraphTemplate, type Sentence } from '../../../../../shared/domain/letters';

const LANGUAGES = ['en', 'es'] as const;
const OWN_DETAILS = ['myName', 'myEmail', 'myPhone'];

function sentenceTexts(sentence: Sentence): string[] {
  if (typeof sentence === 'string') return [sentence];
  if (Array.isArray(sentence)) return [...(sentence as readonly string[])];
  const { text } = sentence as { text: string | readonly string[] };
  return typeof text === 'string' ? [text] : [...text];
}

function templateTexts(paragraphs: readonly ParagraphTemplate[]): string[] {
  return paragraphs.flatMap((p) => (Array.isArray(p) ? (p as readonly Sentence[]) : (p as { sentences: readonly Sentence[] }).sentences).flatMap(sentenceTexts));
}

const placeholders = (text: string) => Array.from(text.matchAll(/\{(\w+)\}/g), (m) => m[1]);

describe('letter text tables', () => {
  for (const language of LANGUAGES) {
    const table = letterText(language);
    for (const type of LETTER_TYPES) {
      it(`${language}: ${type.id} has words for every step, checklist item, field and choice`, () => {
        const guide = table.guides[type.id];
        expect(guide.title).toBeTruthy();
        expect(guide.description).toBeTruthy();
        expect(guide.documentName).toBeTruthy();
        for (const step of type.steps) {
          const words = guide.steps[step.id];
          expect(words, `step ${step.id}`).toBeDefined();
          expect(words.title).toBeTruthy();
          expect(words.advice.length).toBeGreaterThan(0);
          if (step.kind === 'checklist') for (const item of step.items) expect(words.items?.[item], `item ${item}`).toBeTruthy();
          if (step.kind === 'fields') for (const id of step.fields) expect(type.fields.map((f) => f.id)).toContain(id);
        }
        expect(Object.keys(guide.steps).sort()).toEqual(type.steps.map((s) => s.id).sort());
        for (const field of type.fields) {
          expect(guide.fields[field.id]?.label, `field ${field.id}`).toBeTruthy();
          for (const choice of field.choices ?? []) expect(guide.choices[field.id]?.[choice], `choice ${field.id}.${choice}`).toBeTruthy();
        }
        // Every field is asked on some step, so the wizard never hides one.
        const asked = type.steps.flatMap((s) => (s.kind === 'fields' ? s.fields : []));
        expect(new Set(asked)).toEqual(new Set(type.fields.map((f) => f.id)));
      });

      it(`${language}: ${type.id}'s template only names fields it has`, () => {
        const template = table.templates[type.id];
        const known = new Set([...OWN_DETAILS, ...type.fields.map((f) => f.id)]);
        const texts = [...template.subject, ...(template.salutation ?? table.common.salutation), ...templateTexts(template.paragraphs)];
        for (const text of texts) for (const name of placeholders(text)) expect(known, `{${name}} in "${text}"`).toContain(name);
        // The last subject and salutation alternatives must work with what is nearly always known.
        expect(placeholders(template.subject[template.subject.length - 1]).every((n) => OWN_DETAILS.includes(n) || n === 'jobTitle' || n === 'employer')).toBe(true);
        const conditions = template.paragraphs.flatMap((p) => (Array.isArray(p) ? [] : [(p as { if: { field: string } }).if.field]));
        for (const field of conditions) expect(known).toContain(field);
      });
    }
  }

  it('has the same keys in English and Spanish, so no translation is missing', () => {
    const shape = (value: unknown): unknown =>
      Array.isArray(value) ? value.length : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    const en = letterText('en');
    const es = letterText('es');
    expect(shape(es.guides)).toEqual(shape(en.guides));
    expect(shape(es.common.tone)).toEqual(shape(en.common.tone));
    expect(Object.keys(es.common.urgency)).toEqual(Object.keys(en.common.urgency));
    for (const type of LETTER_TYPES) {
      // The same placeholders in both languages: a translation may reorder them, not drop one.
      const names = (lang: 'en' | 'es') => new Set(templateTexts(letterText(lang).templates[type.id].paragraphs).flatMap(placeholders));
      expect(names('es'), type.id).toEqual(names('en'));
    }
  });

  it('writes advice as plain text: no markdown, no placeholders left for the wizard to fill', () => {
    for (const language of LANGUAGES) {
      for (const guide of Object.values(letterText(language).guides)) {
        const texts = Object.values(guide.steps).flatMap((s) => [s.title, ...s.advice, ...Object.values(s.items ?? {})]);
        for (const text of texts) {
          expect(text).not.toMatch(/[*_#`{}]|\]\(/);
          expect(text).not.toMatch(/ {2}/);
        }
      }
    }
  });
});
