import { describe, expect, it } from 'vitest';
import { threadMessages, type Message } from '../../../../../shared/domain/messages';

let n = 0;
function message(fields: Partial<Message> & Pick<Message, 'at'>): Message {
  n += 1;
  return {
    id: `message${String(n).padStart(4, '0')}`,
    direction: 'sent',
    channel: 'email',
    jobId: null,
    contactId: null,
    subject: `Message ${n}`,
    summary: '',
    letterId: null,
    letterType: null,
    createdAt: `2025-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
    updatedAt: `2025-01-01T00:00:${String(n).padStart(2, '0')}.000Z`,
    ...fields,
  };
}

describe('threadMessages', () => {
  const cookApplied = message({ at: '2025-03-01', jobId: 'jobcook', contactId: 'ana' });
  const loose = message({ at: '2025-03-09' });
  const driverCall = message({ at: '2025-03-04', jobId: 'jobdriver', contactId: 'ana', direction: 'received', channel: 'phone' });
  const cookThanks = message({ at: '2025-03-06', jobId: 'jobcook', contactId: 'luis' });
  // Written down later about the same day: the later note comes first within its thread.
  const cookCall = message({ at: '2025-03-06', jobId: 'jobcook', contactId: null, direction: 'received', channel: 'phone' });
  const all = [cookApplied, loose, driverCall, cookThanks, cookCall];

  it('threads by job: latest conversation first, newest message first, unlinked ones last', () => {
    const threads = threadMessages(all, 'job');
    expect(threads.map((t) => t.key)).toEqual(['jobcook', 'jobdriver', null]);
    expect(threads[0].messages.map((m) => m.id)).toEqual([cookCall.id, cookThanks.id, cookApplied.id]);
    expect(threads[0].latest).toBe('2025-03-06');
    // The unlinked thread is last even though its message is the newest of all.
    expect(threads[2].messages).toEqual([loose]);
  });

  it('threads by person the same way', () => {
    const threads = threadMessages(all, 'contact');
    expect(threads.map((t) => [t.key, t.messages.map((m) => m.id)])).toEqual([
      ['luis', [cookThanks.id]],
      ['ana', [driverCall.id, cookApplied.id]],
      [null, [loose.id, cookCall.id]],
    ]);
  });

  it('has no threads for no messages', () => {
    expect(threadMessages([], 'job')).toEqual([]);
  });
});
