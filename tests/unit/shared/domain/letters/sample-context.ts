// A full context and values for letter tests: names with accents, Greek and Chinese, so a
// test that passes here passes for the people who use the app.
import type { LetterContext, LetterField, LetterTypeDef } from '../../../../../shared/domain/letters';

export const CONTEXT: LetterContext = {
  me: {
    name: 'José Müller-Nguyễn',
    email: 'jose@example.org',
    phone: '(206) 555-0142',
    address: '1200 Pine Street, Apt 4\nSeattle, WA 98101',
    links: ['linkedin.com/in/jose-muller-nguyen'],
  },
  today: '2025-03-10',
  job: { title: 'Warehouse Lead', employer: 'Riverside Logistics', location: 'Kent, WA', reference: 'WL-2291' },
  contact: { name: 'Zoë Ελένη Papadopoulou', role: 'Operations Manager', email: 'zoe@riverside.example' },
  referrer: { name: '李小龙', email: 'li@example.org' },
  interviewAt: '2025-03-14T10:00:00',
};

/** A believable value for every field a type has, so every optional paragraph appears. */
export function fullValue(field: LetterField): string {
  const byId: Record<string, string> = {
    contactName: 'Zoë Ελένη Papadopoulou',
    contactRole: 'Operations Manager',
    employer: 'Riverside Logistics',
    jobTitle: 'Warehouse Lead',
    reference: 'WL-2291',
    referrerName: '李小龙',
    personalNote: 'It was a pleasure to meet the team at the open day.',
    recipientAddress: '400 River Road\nKent, WA 98032',
    fitPoint: 'I have led a night shift of twelve people for three years.',
    salary: '$52,000 a year',
    otherTerms: 'Two days a week from home.\nA review after six months.',
    highlight: 'the plans for the new cold-storage hall',
    howFound: 'Maria Lopez suggested I get in touch with you.',
    aboutMe: 'I have worked in retail for eight years and I am moving into logistics.',
    topic: 'how you moved into supply-chain planning',
    availability: 'Tuesday, March 18, after 10 a.m.\nWednesday, March 19, any time',
    workplace: 'Harbor Freight Services',
    highlights: 'How I trained the new staff.\nThe safety audit I led.',
    gratitude: 'I have learned a great deal from leading the weekend team.',
    foundVia: 'WorkSource',
    whyThem: 'Your work with local farms matters to me.',
    strengths: 'I know warehouse systems inside out, and I am calm under pressure.',
    achievement: 'I cut picking errors by a third by reorganizing the stockroom.',
  };
  if (field.kind === 'date') return field.id === 'lastDay' ? '2025-03-28' : '2025-03-14';
  if (field.kind === 'choice') return field.choices!.find((c) => c !== 'none' && c !== 'no') ?? field.choices![0];
  const value = byId[field.id];
  if (value === undefined) throw new Error(`No sample value for field "${field.id}"`);
  return value;
}

export function fullValues(type: LetterTypeDef): Record<string, string> {
  return Object.fromEntries(type.fields.map((field) => [field.id, fullValue(field)]));
}
