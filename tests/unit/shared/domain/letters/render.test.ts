import { describe, expect, it } from 'vitest';
import {
  LETTER_TYPES,
  initialValues,
  letterPlainText,
  letterType,
  renderLetter,
  type LetterBody,
  type LetterContext,
  type LetterLanguage,
} from '../../../../../shared/domain/letters';
import { CONTEXT, fullValues } from './sample-context';

const LANGUAGES: LetterLanguage[] = ['en', 'es'];

/** Everything a broken merge or template shows: a placeholder, "undefined", doubled or dangling spaces. */
function expectClean(body: LetterBody) {
  const text = [body.subject, body.salutation, ...body.paragraphs, body.closing, body.signature].join('\n');
  expect(text).not.toMatch(/[{}]/);
  expect(text).not.toMatch(/undefined|null|NaN/);
  expect(text).not.toMatch(/ {2}| \n|\n /);
  expect(text).not.toMatch(/\s[,.;:]|\.\./);
  for (const paragraph of body.paragraphs) expect(paragraph.trim()).toBe(paragraph);
}

describe('renderLetter', () => {
  for (const type of LETTER_TYPES) {
    for (const language of LANGUAGES) {
      it(`renders ${type.id} in ${language} with every field merged`, () => {
        const body = renderLetter(type.id, fullValues(type), CONTEXT, language);
        expectClean(body);
        expect(body.subject.length).toBeGreaterThan(5);
        expect(body.paragraphs.length).toBeGreaterThanOrEqual(3);
        const text = letterPlainText(body);
        // Every merged value reaches the letter (the reference request has no employer block).
        if (type.fields.some((f) => f.id === 'employer')) expect(text).toContain('Riverside Logistics');
        if (type.fields.some((f) => f.id === 'contactName')) expect(body.salutation).toContain('Zoë Ελένη Papadopoulou');
        expect(body.signature.split('\n')[0]).toBe('José Müller-Nguyễn');
      });

      it(`renders ${type.id} in ${language} from the context alone, without leftovers`, () => {
        const body = renderLetter(type.id, initialValues(type.id, CONTEXT), CONTEXT, language);
        expectClean(body);
        expect(body.paragraphs.length).toBeGreaterThanOrEqual(2);
      });

      it(`renders ${type.id} in ${language} with nothing known but the user's name`, () => {
        const bare: LetterContext = { me: { name: 'Ana Ruiz', email: '', phone: '', address: '', links: [] }, today: '2025-01-02' };
        const body = renderLetter(type.id, initialValues(type.id, bare), bare, language);
        expectClean(body);
        expect(body.salutation).not.toBe('');
        expect(body.signature).toBe('Ana Ruiz');
      });
    }
  }

  it('writes dates out in the letter language', () => {
    const values = { ...fullValues(letterType('resignation')), lastDay: '2025-03-28' };
    expect(renderLetter('resignation', values, CONTEXT, 'en').paragraphs[0]).toContain('My last day of work will be March 28, 2025.');
    expect(renderLetter('resignation', values, CONTEXT, 'es').paragraphs[0]).toContain('Mi último día de trabajo será el 28 de marzo de 2025.');
  });

  it('leaves out a sentence whose optional field is empty and picks the alternative that fits', () => {
    const type = letterType('decline-interview');
    const withDate = renderLetter(type, { ...fullValues(type) }, CONTEXT, 'en');
    expect(withDate.paragraphs[0]).toBe(
      'Thank you very much for inviting me to interview for the Warehouse Lead position at Riverside Logistics on March 14, 2025, and for the time you have spent considering my application.',
    );
    const noDateNoTitle = renderLetter(type, { ...fullValues(type), interviewDate: '', jobTitle: ' ' }, CONTEXT, 'en');
    expect(noDateNoTitle.paragraphs[0]).toBe('Thank you very much for inviting me to interview with Riverside Logistics, and for the time you have spent considering my application.');
    const noNote = renderLetter(type, { ...fullValues(type), personalNote: '' }, CONTEXT, 'en');
    expect(noNote.paragraphs).toHaveLength(withDate.paragraphs.length - 1);
  });

  it('gives the reason the user chose, and none by default', () => {
    const type = letterType('decline-offer');
    const values = fullValues(type);
    const none = renderLetter(type, { ...values, reason: 'none' }, CONTEXT, 'en').paragraphs[1];
    expect(none).toBe('After careful consideration, I have decided not to accept the offer.');
    const pay = renderLetter(type, { ...values, reason: 'compensation' }, CONTEXT, 'en').paragraphs[1];
    expect(pay).toBe('After careful consideration, I have decided not to accept the offer. The overall package does not meet my needs at this time.');
    const es = renderLetter(type, { ...values, reason: 'accepted-other' }, CONTEXT, 'es').paragraphs[1];
    expect(es).toBe('Después de pensarlo detenidamente, he decidido no aceptar la oferta. He aceptado otro puesto que se ajusta mejor a mis planes.');
  });

  it('follows a choice that switches whole paragraphs', () => {
    const type = letterType('withdraw-application');
    const keep = letterPlainText(renderLetter(type, { ...fullValues(type), stayInTouch: 'yes' }, CONTEXT, 'en'));
    const close = letterPlainText(renderLetter(type, { ...fullValues(type), stayInTouch: 'no' }, CONTEXT, 'en'));
    expect(keep).toContain('considered for future openings at Riverside Logistics');
    expect(keep).not.toContain('every success in filling the role');
    expect(close).toContain('every success in filling the role');
  });

  it('does not double the full stop after a value that ends a sentence, and tidies spaces', () => {
    const type = letterType('thank-you');
    const body = renderLetter(type, { ...fullValues(type), highlight: '  the new   warehouse.  ' }, CONTEXT, 'en');
    expect(body.paragraphs).toContain('I especially enjoyed hearing about the new warehouse.');
  });

  it('keeps the lines of a multi-line answer and makes blank lines new paragraphs', () => {
    const type = letterType('accept-offer');
    const body = renderLetter(type, { ...fullValues(type), personalNote: 'First thought.\r\n\r\n\r\nSecond   thought.' }, CONTEXT, 'en');
    expect(body.paragraphs).toContain('We also agreed on the following:\nTwo days a week from home.\nA review after six months.');
    expect(body.paragraphs).toContain('First thought.');
    expect(body.paragraphs).toContain('Second thought.');
  });

  it('signs emails with the phone number and first link, printed letters with the name only', () => {
    expect(renderLetter('thank-you', fullValues(letterType('thank-you')), CONTEXT, 'en').signature).toBe(
      'José Müller-Nguyễn\n(206) 555-0142\nlinkedin.com/in/jose-muller-nguyen',
    );
    const letter = renderLetter('cover-letter', fullValues(letterType('cover-letter')), CONTEXT, 'en');
    expect(letter.signature).toBe('José Müller-Nguyễn');
    expect(letter.closing).toBe('Sincerely,');
    expect(renderLetter('cover-letter', fullValues(letterType('cover-letter')), CONTEXT, 'es').closing).toBe('Atentamente,');
  });

  it('falls back to a general salutation when no name is known', () => {
    const type = letterType('follow-up');
    expect(renderLetter(type, { ...fullValues(type), contactName: '' }, CONTEXT, 'en').salutation).toBe('Dear Riverside Logistics hiring team,');
    expect(renderLetter(type, { ...fullValues(type), contactName: '', employer: '' }, CONTEXT, 'es').salutation).toBe('Estimado equipo de selección:');
  });
});
