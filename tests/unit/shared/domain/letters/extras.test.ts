import { describe, expect, it } from 'vitest';
import {
  formatLetterDate,
  interviewUrgency,
  letterFileName,
  letterPlainText,
  letterType,
  phoneScript,
  renderLetter,
  secondNote,
  toLetterDocument,
} from '../../../../../shared/domain/letters';
import { CONTEXT, fullValues } from './sample-context';

describe('secondNote', () => {
  const values = fullValues(letterType('decline-interview'));

  it('writes the referrer a short, friendly note about the same job', () => {
    const note = secondNote(values, CONTEXT, 'en')!;
    expect(note.salutation).toBe('Hi 李小龙,');
    expect(note.subject).toBe('The Warehouse Lead position at Riverside Logistics');
    expect(note.paragraphs[0]).toContain('withdraw from the interview process for the Warehouse Lead position at Riverside Logistics');
    expect(note.signature).toBe('José Müller-Nguyễn');
    expect(secondNote(values, CONTEXT, 'es')!.salutation).toBe('Hola, 李小龙:');
  });

  it('is not written when nobody referred the user', () => {
    expect(secondNote({ ...values, referrerName: '  ' }, CONTEXT, 'en')).toBeNull();
  });
});

describe('phoneScript', () => {
  it('gives what to say, with the names and date filled in', () => {
    const lines = phoneScript(fullValues(letterType('decline-interview')), CONTEXT, 'en');
    expect(lines[0]).toBe('Hello Zoë Ελένη Papadopoulou, this is José Müller-Nguyễn. I am calling about my interview for the Warehouse Lead position on March 14, 2025.');
    expect(lines).toHaveLength(3);
    const bare = phoneScript({ contactName: '', jobTitle: '', employer: 'Acme' }, CONTEXT, 'es');
    expect(bare[0]).toBe('Hola, soy José Müller-Nguyễn. Le llamo por mi entrevista en Acme.');
  });
});

describe('interviewUrgency', () => {
  const now = new Date(2025, 2, 10, 9, 0); // 10 March 2025, 9:00 local time

  it('tells the user how soon the interview is and what that means', () => {
    expect(interviewUrgency('2025-03-10T15:00:00', now, 'en').kind).toBe('today');
    expect(interviewUrgency('2025-03-10T08:00:00', now, 'en').kind).toBe('passed');
    expect(interviewUrgency('2025-03-09T15:00:00', now, 'en').kind).toBe('passed');
    expect(interviewUrgency('2025-03-11T15:00:00', now, 'en')).toMatchObject({ kind: 'tomorrow', days: 1 });
    const soon = interviewUrgency('2025-03-14T10:00:00', now, 'en');
    expect(soon).toMatchObject({ kind: 'soon', days: 4 });
    expect(soon.text).toContain('in 4 days');
    const later = interviewUrgency('2025-04-02', now, 'es');
    expect(later.kind).toBe('later');
    expect(later.text).toContain('2 de abril de 2025');
    expect(interviewUrgency(undefined, now, 'en')).toMatchObject({ kind: 'unknown', days: null });
  });
});

describe('letterFileName', () => {
  it('names the file after the letter and who it is for', () => {
    expect(letterFileName('thank-you', CONTEXT, 'pdf')).toBe('Thank-you letter - Riverside Logistics.pdf');
    expect(letterFileName('cover-letter', CONTEXT, 'docx', 'es')).toBe('Carta de presentación - Riverside Logistics.docx');
    expect(letterFileName('reference-request', { me: CONTEXT.me, today: CONTEXT.today, contact: { name: 'Zoë Ελένη' } }, 'pdf')).toBe(
      'Reference request - Zoë Ελένη.pdf',
    );
    expect(letterFileName('resignation', { me: CONTEXT.me, today: CONTEXT.today }, 'pdf')).toBe('Resignation letter.pdf');
  });

  it('never lets a slash in a name make folders', () => {
    const ctx = { ...CONTEXT, job: { title: 'Lead', employer: 'A/B: Test  Co' } };
    expect(letterFileName('follow-up', ctx, 'pdf')).toBe('Application follow-up - A B Test Co.pdf');
  });
});

describe('toLetterDocument and letterPlainText', () => {
  it('addresses the document to the contact at the employer', () => {
    const type = letterType('cover-letter');
    const values = fullValues(type);
    const body = renderLetter(type, values, CONTEXT, 'en');
    const doc = toLetterDocument(type, values, CONTEXT, 'en', body);
    expect(doc.recipient).toEqual({
      name: 'Zoë Ελένη Papadopoulou',
      role: 'Operations Manager',
      organisation: 'Riverside Logistics',
      address: '400 River Road\nKent, WA 98032',
    });
    expect(doc.sender).toBe(CONTEXT.me);
    expect(doc.date).toBe('2025-03-10');
  });

  it('does not send a reference request to the employer the user is applying to', () => {
    const type = letterType('reference-request');
    const values = fullValues(type);
    const doc = toLetterDocument(type, values, CONTEXT, 'en', renderLetter(type, values, CONTEXT, 'en'));
    expect(doc.recipient).toEqual({ name: 'Zoë Ελένη Papadopoulou', role: 'Operations Manager' });
    // Someone else's name: the record's role is not theirs.
    const other = toLetterDocument(type, { ...values, contactName: 'Sam Lee' }, CONTEXT, 'en', renderLetter(type, values, CONTEXT, 'en'));
    expect(other.recipient).toEqual({ name: 'Sam Lee' });
  });

  it('lays the letter out as text with blank lines between parts', () => {
    const text = letterPlainText({ subject: 'S', salutation: 'Dear Zoë,', paragraphs: ['One.', 'Two.'], closing: 'Kind regards,', signature: 'José\n555' });
    expect(text).toBe('Dear Zoë,\n\nOne.\n\nTwo.\n\nKind regards,\nJosé\n555');
  });
});

describe('formatLetterDate', () => {
  it('writes the date the way each language does, without a time zone shifting it', () => {
    expect(formatLetterDate('2025-01-01', 'en')).toBe('January 1, 2025');
    expect(formatLetterDate('2025-01-01', 'es')).toBe('1 de enero de 2025');
    expect(formatLetterDate('next Tuesday', 'en')).toBe('next Tuesday');
  });
});
