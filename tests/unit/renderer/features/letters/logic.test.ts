import { afterEach, describe, expect, it } from 'vitest';
import { initialValues, letterType } from '../../../../../shared/domain/letters';
import type { LetterBody, LetterContext } from '../../../../../shared/domain/letters/types';
import { CareerDb } from '../../../../../renderer/src/db/career-db';
import { addJob, updateJob } from '../../../../../renderer/src/db/jobs-table';
import { SCHEMA } from '../../../../../renderer/src/db/schema';
import { nextInterviewFor } from '../../../../../renderer/src/features/letters/data/next-interview';
import { placedToneFlags } from '../../../../../renderer/src/features/letters/editor/tone-parts';
import { missingFields, remergeValues, stepIndex, wizardSteps } from '../../../../../renderer/src/features/letters/compose/wizard-steps';
import { defaultContactFor } from '../../../../../renderer/src/features/letters/new/default-contact';
import { offersMove } from '../../../../../renderer/src/features/letters/sending/stage-offer';

const me = { name: 'Ana Reyes', email: '', phone: '', address: '', links: [] };
const ctx = (job?: LetterContext['job'], contact?: LetterContext['contact']): LetterContext => ({ me, today: '2025-03-03', job, contact });

describe('wizard steps', () => {
  const decline = letterType('decline-interview');

  it('puts "Your details" first only when a name is missing, and opens a draft where it was left', () => {
    expect(wizardSteps(decline, false).map((s) => s.id)).toEqual(['be-sure', 'act-quickly', 'details', 'letter']);
    const steps = wizardSteps(decline, true);
    expect(steps.map((s) => s.id)).toEqual(['my-details', 'be-sure', 'act-quickly', 'details', 'letter']);
    expect(stepIndex(steps, 'details')).toBe(3);
    expect(stepIndex(steps, 'a-step-from-an-old-version')).toBe(0);
  });

  it('names the required fields of a step that are still empty', () => {
    const details = decline.steps.find((s) => s.id === 'details')!;
    const values = initialValues(decline, ctx({ title: 'Cook', employer: '' }));
    expect(missingFields(decline, details, values)).toEqual(['employer']);
    expect(missingFields(decline, details, { ...values, employer: '  ' })).toEqual(['employer']);
    expect(missingFields(decline, details, { ...values, employer: 'Diner' })).toEqual([]);
    expect(missingFields(decline, decline.steps[0], {})).toEqual([]);
  });

  it('follows a new job or person in the fields the user left as merged, and keeps what they typed', () => {
    const before = ctx({ title: 'Cook', employer: 'Diner' }, { name: 'Luis' });
    const after = ctx({ title: 'Forklift driver', employer: 'Harbor' }, { name: 'Maria' });
    const values = { ...initialValues(decline, before), jobTitle: 'Line cook (nights)' };
    expect(remergeValues(decline, values, before, after)).toMatchObject({ jobTitle: 'Line cook (nights)', employer: 'Harbor', contactName: 'Maria' });
  });
});

describe('tone flags in the editor', () => {
  const body: LetterBody = {
    subject: 'About the interview',
    salutation: 'Dear Luis,',
    paragraphs: ['Thank you for your time.', 'Your company is a joke.'],
    closing: 'Kind regards,',
    signature: 'Ana',
  };

  it('places each flag in the part it falls in, with the words around it', () => {
    const flags = placedToneFlags(body, 'email', 'en');
    const joke = flags.find((f) => f.part === 'paragraph-1');
    expect(joke).toBeDefined();
    expect(body.paragraphs[1].slice(joke!.partStart, joke!.partEnd)).toBe(joke!.match);
    expect(`${joke!.before}${joke!.match}${joke!.after}`).toBe(body.paragraphs[1]);
    expect(joke!.reason).toMatch(/\S/);
  });

  it('cuts long context at whole words and marks the cut', () => {
    const text = 'After a great deal of careful thought about everything, honestly your company is a joke, and the hiring process was a complete waste of my time.';
    const [flag] = placedToneFlags({ ...body, paragraphs: [text] }, 'email', 'en').filter((f) => f.part === 'paragraph-0');
    expect(flag.before.startsWith('…')).toBe(true);
    expect(text).toContain(flag.before.slice(1));
    expect(text.split(' ')).toContain(flag.before.slice(1).split(' ')[0]);
    expect(flag.after.endsWith('…')).toBe(true);
    expect(text).toContain(flag.after.slice(0, -1));
  });

  it('says nothing about a kind letter, and a too-long one is about the whole letter', () => {
    expect(placedToneFlags({ ...body, paragraphs: ['Thank you for your time.'] }, 'email', 'en')).toEqual([]);
    const long = placedToneFlags({ ...body, paragraphs: Array(40).fill('Thank you again for the time you spent with me today.') }, 'email', 'es');
    expect(long.find((f) => f.rule === 'too-long')).toMatchObject({ part: null });
  });
});

describe('what the letter knows about the job', () => {
  let db: CareerDb;
  afterEach(() => db?.close());

  it('takes the next interview from the schedule, else from a next action about an interview', async () => {
    db = new CareerDb(`letters-interview-${Date.now()}`, SCHEMA);
    await db.open();
    const job = await addJob(db, { title: 'Cook', employer: 'Diner' });
    expect(await nextInterviewFor(db, job, '2025-03-03')).toBeNull();
    const withAction = await updateJob(db, job.id, { nextAction: { text: 'Interview with Luis', due: '2025-03-06' } });
    expect(await nextInterviewFor(db, withAction, '2025-03-03')).toBe('2025-03-06');
    const chore = await updateJob(db, job.id, { nextAction: { text: 'Send references', due: '2025-03-05' } });
    expect(await nextInterviewFor(db, chore, '2025-03-03')).toBeNull();

    // When the schedule exists, its earliest interview from today on wins; past and cancelled ones don't count.
    if (!db.tables.some((t) => t.name === 'events')) return;
    const events = db.table('events');
    await events.bulkPut([
      { id: 'event00001', kind: 'interview', start: '2025-03-01T10:00', jobId: job.id, outcome: null },
      { id: 'event00002', kind: 'interview', start: '2025-03-04T09:30', jobId: job.id, outcome: 'cancelled' },
      { id: 'event00003', kind: 'interview', start: '2025-03-07T14:00', jobId: job.id, outcome: null },
      { id: 'event00004', kind: 'workshop', start: '2025-03-04T08:00', jobId: job.id, outcome: null },
    ]);
    expect(await nextInterviewFor(db, withAction, '2025-03-03')).toBe('2025-03-07T14:00');
  });

  it('addresses a new letter to the job’s hiring manager, else its recruiter, never the referrer', () => {
    const person = (id: string, role: 'hiring-manager' | 'recruiter' | 'referral') =>
      ({ id, name: id, role, employer: '', email: '', phone: '', notes: '', employerKey: '', createdAt: '', updatedAt: '' });
    const contacts = [person('ref', 'referral'), person('rec', 'recruiter'), person('boss', 'hiring-manager')];
    expect(defaultContactFor({ contactIds: ['ref', 'rec', 'boss'] }, contacts)).toBe('boss');
    expect(defaultContactFor({ contactIds: ['ref', 'rec'] }, contacts)).toBe('rec');
    expect(defaultContactFor({ contactIds: ['ref'] }, contacts)).toBe('');
    expect(defaultContactFor(undefined, contacts)).toBe('');
  });
});

describe('the stage a sent letter offers', () => {
  it('only moves a job forward, and leaves a finished job alone', () => {
    expect(offersMove('saved', 'applied')).toBe(true);
    expect(offersMove('interviewing', 'applied')).toBe(false);
    expect(offersMove('applied', 'applied')).toBe(false);
    expect(offersMove('interviewing', 'declined')).toBe(true);
    expect(offersMove('offer', 'accepted')).toBe(true);
    expect(offersMove('rejected', 'declined')).toBe(false);
    expect(offersMove('accepted', 'declined')).toBe(false);
  });
});
