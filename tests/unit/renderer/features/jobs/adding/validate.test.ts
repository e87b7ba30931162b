import { describe, expect, it } from 'vitest';
import { draftFromFields, emptyDraft, type Draft } from '../../../../../../renderer/src/features/jobs/adding/form/draft';
import { normaliseUrl, readAmount, validateDraft } from '../../../../../../renderer/src/features/jobs/adding/form/validate';

const TODAY = '2025-03-10';
const draft = (patch: Partial<Draft>): Draft => ({ ...emptyDraft(TODAY), ...patch });
const codes = (d: Draft) => validateDraft(d, TODAY).errors.map((e) => `${e.field}:${e.code}`);

describe('the job form’s checks', () => {
  it('needs only a title, and starts the job as Saved today', () => {
    expect(codes(draft({}))).toEqual(['title:titleMissing']);
    const { job } = validateDraft(draft({ title: '  Cashier ' }), TODAY);
    expect(job).toMatchObject({ title: 'Cashier', employer: '', pay: null, stage: 'saved', stageAt: TODAY, nextAction: null });
  });

  it('reports every problem at once, in the order of the form', () => {
    expect(
      codes(
        draft({ title: '', url: 'not a link', payMin: '25', payMax: '18', postedAt: '2025-03-01', deadline: '2025-02-01', stage: 'applied', stageAt: '2025-04-01', nextActionDue: '2025-03-12' }),
      ),
    ).toEqual(['title:titleMissing', 'payMin:payMinAboveMax', 'url:urlInvalid', 'deadline:deadlineBeforePosted', 'stageAt:stageAtFuture', 'nextAction:nextActionMissing']);
  });

  it('reads pay the way people type it, and refuses what is not a number', () => {
    expect(readAmount('18.50')).toBe(18.5);
    expect(readAmount('18,50')).toBe(18.5);
    expect(readAmount('$55,000')).toBe(55000);
    expect(readAmount('1.234,56 €')).toBe(1234.56);
    expect(readAmount('')).toBeNull();
    expect(readAmount('about 20')).toBeNaN();
    expect(codes(draft({ title: 'x', payMin: 'twenty', payMax: '9999999999' }))).toEqual(['payMin:payNotNumber', 'payMax:payTooLarge']);
    expect(validateDraft(draft({ title: 'x', payMax: '25', payPeriod: 'hour' }), TODAY).job?.pay).toEqual({ min: null, max: 25, period: 'hour', currency: 'USD' });
  });

  it('adds https:// to a bare address and refuses other schemes', () => {
    expect(normaliseUrl('www.indeed.com/viewjob?jk=1')).toBe('https://www.indeed.com/viewjob?jk=1');
    expect(normaliseUrl('https://jobs.example.com/1')).toBe('https://jobs.example.com/1');
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('file:///etc/passwd')).toBeNull();
  });

  it('refuses impossible and half-typed dates', () => {
    expect(codes(draft({ title: 'x', postedAt: '2025-02-30' }))).toEqual(['postedAt:dateInvalid']);
    expect(codes(draft({ title: 'x', deadline: '0025-02-01' }))).toEqual(['deadline:dateInvalid']);
    expect(validateDraft(draft({ title: 'x' }), TODAY, new Set(['nextActionDue'])).errors).toEqual([{ field: 'nextActionDue', code: 'dateInvalid' }]);
  });

  it('says which field is over 100 KB', () => {
    expect(codes(draft({ title: 'x', notes: 'n'.repeat(100_001) }))).toEqual(['notes:tooLong']);
  });

  it('turns a posting’s fields into form text', () => {
    expect(draftFromFields({ title: 'Lead', pay: { min: 24.5, max: 29, period: 'hour', currency: 'USD' }, workplace: 'remote', postedAt: '2024-05-01' })).toEqual({
      title: 'Lead',
      payMin: '24.50',
      payMax: '29',
      payPeriod: 'hour',
      currency: 'USD',
      workplace: 'remote',
      postedAt: '2024-05-01',
    });
  });
});
