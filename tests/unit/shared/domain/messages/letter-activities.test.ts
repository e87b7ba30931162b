import { describe, expect, it } from 'vitest';
import { createActivityRegistry } from '../../../../../shared/domain/activity';
import { LETTER_TYPES } from '../../../../../shared/domain/letters';
import { deriveLetterActivities, LETTER_SOURCE, type SentLetterRecord } from '../../../../../shared/domain/messages';

const job = { title: 'Warehouse lead', employer: 'Harbor Logistics', stage: 'declined' as const };

function record(fields: Partial<SentLetterRecord['message']>, extra: Partial<SentLetterRecord> = {}): SentLetterRecord {
  return {
    message: { id: 'message0001', at: '2025-03-04', direction: 'sent', channel: 'email', subject: 'Warehouse lead interview – Ana', letterType: 'decline-interview', jobId: 'job0000001', ...fields },
    job,
    contact: { name: 'Luis Ortega' },
    ...extra,
  };
}

describe('deriveLetterActivities', () => {
  it('turns a sent letter into one log line the office can read', () => {
    expect(deriveLetterActivities([record({})])).toEqual([
      {
        id: 'letter:message0001',
        date: '2025-03-04',
        type: 'employer-contact',
        employer: 'Harbor Logistics',
        contactPerson: 'Luis Ortega',
        contactMethod: 'Email',
        position: 'Warehouse lead',
        result: 'Warehouse lead interview – Ana',
        source: { kind: LETTER_SOURCE, id: 'message0001' },
        jobId: 'job0000001',
        outcome: 'declined',
      },
    ]);
  });

  it('counts a cover letter as an application, and says how it went in English', () => {
    const [activity] = deriveLetterActivities([record({ letterType: 'cover-letter', channel: 'in-person' })]);
    expect(activity).toMatchObject({ type: 'application', contactMethod: 'In person' });
  });

  it('leaves out received messages, notes typed by hand, and letters that are not job-search activities', () => {
    const notActivity = LETTER_TYPES.find((type) => !type.activity);
    expect(notActivity).toBeDefined();
    const derived = deriveLetterActivities([
      record({ id: 'received01', direction: 'received' }),
      record({ id: 'handnote01', letterType: null }),
      record({ id: 'reference1', letterType: notActivity!.id }),
      record({ id: 'counted001' }),
    ]);
    expect(derived.map((a) => a.id)).toEqual(['letter:counted001']);
  });

  it('keeps a letter about no job or person, with those columns empty', () => {
    const [activity] = deriveLetterActivities([record({ jobId: null }, { job: null, contact: null })]);
    expect(activity).toMatchObject({ employer: '', position: '', contactPerson: '', jobId: null, outcome: null });
  });

  it('registers beside the other sources without clashing ids', () => {
    const registry = createActivityRegistry();
    registry.registerActivitySource(LETTER_SOURCE, deriveLetterActivities);
    const derived = registry.derive(new Map([[LETTER_SOURCE, [record({ id: 'aaaaaa' }), record({ id: 'bbbbbb' })]]]));
    expect(derived.map((a) => a.id)).toEqual(['letter:aaaaaa', 'letter:bbbbbb']);
  });
});
