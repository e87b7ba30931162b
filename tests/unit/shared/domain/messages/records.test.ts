import { describe, expect, it } from 'vitest';
import { LetterRecordSchema, MessageSchema } from '../../../../../shared/domain/messages';

const now = '2025-03-04T10:00:00.000Z';
const letter = {
  id: 'letter0001', type: 'thank-you', status: 'draft', language: 'en', jobId: null, contactId: null, values: {}, checked: [], step: 'timing',
  body: null, edited: false, sent: null, files: [], createdAt: now, updatedAt: now,
};
const message = {
  id: 'message001', direction: 'sent', channel: 'email', at: '2025-03-04', jobId: null, contactId: null, subject: 'Thanks', summary: '',
  letterId: null, letterType: null, createdAt: now, updatedAt: now,
};

describe('record schemas', () => {
  it('accept a draft letter and a message', () => {
    expect(LetterRecordSchema.safeParse(letter).success).toBe(true);
    expect(MessageSchema.safeParse(message).success).toBe(true);
  });

  it('keep status and sent details in step', () => {
    expect(LetterRecordSchema.safeParse({ ...letter, status: 'sent' }).success).toBe(false);
    expect(LetterRecordSchema.safeParse({ ...letter, sent: { at: '2025-03-04', channel: 'email', messageId: 'message001' } }).success).toBe(false);
    expect(LetterRecordSchema.safeParse({ ...letter, status: 'sent', sent: { at: '2025-03-04', channel: 'email', messageId: 'message001' } }).success).toBe(true);
  });

  it('refuse unknown letter types, channels and bad dates', () => {
    expect(LetterRecordSchema.safeParse({ ...letter, type: 'love-letter' }).success).toBe(false);
    expect(MessageSchema.safeParse({ ...message, channel: 'fax' }).success).toBe(false);
    expect(MessageSchema.safeParse({ ...message, at: '2025-02-30' }).success).toBe(false);
    expect(MessageSchema.safeParse({ ...message, letterType: 'cover-letter' }).success).toBe(true);
  });
});
