import { describe, expect, it } from 'vitest';
import { checkTone, LENGTH_LIMITS, type ToneRule } from '../../../../../shared/domain/letters';

// Each sentence and the rules it must raise ([] = must not be flagged at all). Written the
// way stressed people really write, in English and Spanish, with near misses that must pass.
const TABLE: Array<[string, ToneRule[]]> = [
  // Burning bridges
  ['Honestly, this whole process was a waste of my time.', ['burning-bridges']],
  ['I will never work for you people again.', ['burning-bridges']],
  ['Your loss, I guess.', ['burning-bridges']],
  ['Good luck finding someone who will accept that.', ['burning-bridges']],
  ['You’ll regret passing on me.', ['burning-bridges']],
  ['The offer was frankly insulting.', ['burning-bridges']],
  ['I was offended by the lowball number.', ['burning-bridges', 'burning-bridges']],
  ['Fue una pérdida de tiempo.', ['burning-bridges']],
  ['La oferta es ridícula.', ['burning-bridges']],
  ['Ustedes se lo pierden.', ['burning-bridges']],
  // Criticising the employer
  ['Your hiring process was disorganized from start to finish.', ['criticism']],
  ['The reviews I read describe a toxic culture.', ['criticism']],
  ['Your recruiter never got back to me for three weeks.', ['criticism']],
  ['The salary is way too low for this kind of work.', ['criticism']],
  ['The interviewer was rude to me.', ['criticism']],
  ['I read some bad reviews on Glassdoor.', ['criticism', 'criticism']],
  ['El proceso fue muy desorganizado.', ['criticism']],
  ['Nadie me respondió durante semanas.', ['criticism']],
  ['El sueldo es demasiado bajo.', ['criticism']],
  // Over-explaining
  ['I cannot take the job because my wife does not want to move.', ['over-explaining']],
  ['With my divorce going on, I just cannot start now.', ['over-explaining']],
  ['Long story short, I had to rethink everything.', ['over-explaining']],
  ['To be honest with you, the real reason is the commute.', ['over-explaining', 'over-explaining']],
  ['No puedo porque mi familia no quiere mudarse.', ['over-explaining']],
  ['Con mi enfermedad, ahora no puedo empezar.', ['over-explaining']],
  // Apologising too much
  ['I am so sorry to do this.', ['apologising']],
  ['I apologize for the late notice. Again, I am sorry.', ['apologising', 'apologising']],
  ['Please forgive me for the trouble.', ['apologising']],
  ['Lo siento muchísimo.', ['apologising']],
  ['Mil disculpas por las molestias.', ['apologising']],
  // Shouting
  ['Thank you SO MUCH FOR THIS!', ['shouting']],
  ['I am REALLY excited about this role.', ['shouting']],
  ['Thank you!!', ['shouting']],
  ['¡¡Muchas gracias!!', ['shouting', 'shouting']],
  ['What?! No way.', ['shouting']],
  ['Estoy MUY CONTENTA DE VERDAD.', ['shouting']],
  // Must not be flagged
  ['Thank you for your time and consideration.', []],
  ['I have decided to withdraw from the interview process.', []],
  ['I am sorry for any inconvenience this causes.', []],
  ['I managed AWS, SQL and HTML projects at NASA.', []],
  ['I worked on the ASAP project for the USDA.', []],
  ['I have a high regard for Riverside Logistics, and I hope our paths cross again.', []],
  ['My family and I enjoyed the open day.', []],
  ['I read the reviews and they were very positive.', []],
  ['The offer is generous, but the timing is not right for me.', []],
  ['I was not able to attend on Monday; could we find another time?', []],
  ['Chapter VIII of the handbook covers safety.', []],
  ['Thank you!', []],
  ['Gracias por su tiempo y su consideración.', []],
  ['Lamentablemente, necesito cambiar la fecha. Disculpe las molestias.', []],
  ['Tengo en gran estima a la empresa y espero que sigamos en contacto.', []],
  ['Trabajé con la ONU y con la OMS en proyectos de salud pública.', []],
];

describe('checkTone', () => {
  it('has a table of at least 40 sentences, flagged and clean', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    expect(TABLE.filter(([, rules]) => rules.length === 0).length).toBeGreaterThanOrEqual(12);
  });

  for (const [sentence, rules] of TABLE) {
    it(`${rules.length ? `flags ${rules.join(', ')} in` : 'leaves alone'} "${sentence}"`, () => {
      const flags = checkTone(sentence, { channel: 'email' });
      expect(flags.map((f) => f.rule)).toEqual(rules);
      for (const flag of flags) {
        // The span points at real text inside the sentence, with words to show beside it.
        expect(flag.start).toBeGreaterThanOrEqual(0);
        expect(flag.end).toBeGreaterThan(flag.start);
        expect(flag.end).toBeLessThanOrEqual(sentence.length);
        expect(sentence.slice(flag.start, flag.end).trim()).not.toBe('');
        expect(flag.reason.length).toBeGreaterThan(10);
        expect(flag.suggestion.length).toBeGreaterThan(10);
      }
    });
  }

  it('points at the phrase itself', () => {
    const text = 'Thanks. Frankly the process was a waste of my time.';
    const [flag] = checkTone(text, { channel: 'email' });
    expect(text.slice(flag.start, flag.end)).toBe('waste of my time');
  });

  it('explains in the language asked for', () => {
    const [en] = checkTone('Thank you!!', { channel: 'email', language: 'en' });
    const [es] = checkTone('Thank you!!', { channel: 'email', language: 'es' });
    expect(en.reason).toMatch(/shouting/);
    expect(es.reason).toMatch(/gritos/);
  });

  it('flags an email that is too long from the first word past the limit, and says how long it is', () => {
    const words = Array.from({ length: LENGTH_LIMITS.email + 20 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const flags = checkTone(text, { channel: 'email' });
    expect(flags).toHaveLength(1);
    expect(flags[0].rule).toBe('too-long');
    expect(text.slice(flags[0].start).split(' ')[0]).toBe(`word${LENGTH_LIMITS.email}`);
    expect(flags[0].end).toBe(text.length);
    expect(flags[0].reason).toContain(`${LENGTH_LIMITS.email + 20} words`);
    // The same length fits a printed letter.
    expect(checkTone(text, { channel: 'letter' })).toEqual([]);
  });

  it('is fast enough to run on every keystroke of a long letter', () => {
    const text = TABLE.map(([s]) => s).join(' ').repeat(4);
    const started = performance.now();
    for (let i = 0; i < 20; i++) checkTone(text, { channel: 'letter' });
    expect((performance.now() - started) / 20).toBeLessThan(25);
  });
});
