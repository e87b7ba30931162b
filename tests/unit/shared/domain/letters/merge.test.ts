import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LETTER_TYPES,
  initialValues,
  letterType,
  localDayOf,
  missingRequired,
  type LetterContext,
} from '../../../../../shared/domain/letters';
import { CONTEXT } from './sample-context';

describe('initialValues', () => {
  it('fills every field of every type: merged ones from the context, choices on their first option, the rest empty', () => {
    for (const type of LETTER_TYPES) {
      const values = initialValues(type.id, CONTEXT);
      expect(Object.keys(values).sort()).toEqual(type.fields.map((f) => f.id).sort());
      for (const field of type.fields) {
        if (field.kind === 'choice') expect(values[field.id]).toBe(field.choices![0]);
        else if (!field.mergeFrom) expect(values[field.id]).toBe('');
      }
    }
  });

  it('merges the job, the contact, the referrer and the interview date', () => {
    const values = initialValues('decline-interview', CONTEXT);
    expect(values).toMatchObject({
      employer: 'Riverside Logistics',
      jobTitle: 'Warehouse Lead',
      contactName: 'Zoë Ελένη Papadopoulou',
      referrerName: '李小龙',
      interviewDate: '2025-03-14',
      reason: 'none',
      channel: 'email',
      personalNote: '',
    });
    expect(initialValues('cover-letter', CONTEXT)).toMatchObject({ reference: 'WL-2291', contactRole: 'Operations Manager' });
  });

  it('leaves merged fields empty when the context does not know them', () => {
    const bare: LetterContext = { me: CONTEXT.me, today: '2025-03-10' };
    const values = initialValues(letterType('follow-up'), bare);
    expect(values.employer).toBe('');
    expect(values.contactName).toBe('');
    expect(missingRequired('follow-up', values)).toEqual(['employer', 'jobTitle']);
    expect(missingRequired('follow-up', initialValues('follow-up', CONTEXT))).toEqual([]);
  });

  it('asks for what the context cannot know', () => {
    expect(missingRequired('resignation', initialValues('resignation', CONTEXT))).toEqual(['lastDay']);
    expect(missingRequired('cover-letter', initialValues('cover-letter', CONTEXT))).toEqual(['strengths']);
  });
});

describe('localDayOf', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes a floating date-time or a plain day as written', () => {
    expect(localDayOf('2025-03-14T23:30:00')).toBe('2025-03-14');
    expect(localDayOf('2025-03-14')).toBe('2025-03-14');
    expect(localDayOf('soon')).toBe('');
  });

  it('converts an instant to the calendar day where the user is', () => {
    // 01:00 UTC on the 15th is still the 14th in Seattle.
    const instant = '2025-03-15T01:00:00Z';
    const expected = new Date(instant);
    const day = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
    expect(localDayOf(instant)).toBe(day);
    expect(localDayOf('2025-03-15T01:00:00+00:00')).toBe(day);
  });
});
