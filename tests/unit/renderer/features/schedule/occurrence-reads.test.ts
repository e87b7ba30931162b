// The month view starts its read while it renders; these check that the read is shared
// until an event is written, and never serves what was there before a write.
process.env.TZ = 'America/Los_Angeles';

import { afterEach, describe, expect, it, vi } from 'vitest';
import { addEvent, updateEvent } from '../../../../../renderer/src/db/events-table';
import { readOccurrences, subscribeReads, windowState } from '../../../../../renderer/src/features/schedule/data/occurrence-reads';
import { whenIdle } from '../../../../../renderer/src/features/schedule/reminders/when-idle';
import { emptyEventFields } from '../../../../../shared/domain/schedule';
import { freshDb } from '../../db/fresh-db';

const december = [Date.parse('2026-12-01T08:00:00Z'), Date.parse('2027-01-01T08:00:00Z')] as const;
const interview = (title: string) => ({ ...emptyEventFields('2026-12-09T10:00', '2026-12-09T11:00', 'America/Los_Angeles'), title });

describe('Shared window reads', () => {
  it('hands the same read to every reader of a window until an event is written, then reads anew', async () => {
    const db = freshDb();
    const first = await addEvent(db, interview('Interview with Acme'));
    const read = readOccurrences(db, ...december);
    expect(readOccurrences(db, ...december)).toBe(read);
    expect((await read).map((o) => o.event.title)).toEqual(['Interview with Acme']);
    // Another window, or another database, is a read of its own.
    expect(readOccurrences(db, december[0], december[1] + 86_400_000)).not.toBe(read);
    expect(readOccurrences(freshDb(), ...december)).not.toBe(read);

    await updateEvent(db, first.id, { title: 'Interview with Acme (moved room)' });
    const afterWrite = readOccurrences(db, ...december);
    expect(afterWrite).not.toBe(read);
    expect((await afterWrite).map((o) => o.event.title)).toEqual(['Interview with Acme (moved room)']);

    // A reader told of a change asks for a fresh read, whatever is shared.
    const fresh = readOccurrences(db, ...december, true);
    expect(fresh).not.toBe(afterWrite);
    expect(readOccurrences(db, ...december)).toBe(fresh);
    db.close();
  });

  it('a write while a read is on its way makes it stale: waiting views are told, and never shown the stale answer', async () => {
    const db = freshDb();
    await db.open();
    const told = vi.fn();
    const stop = subscribeReads(told);
    const waiting = windowState(db, ...december);
    const stale = readOccurrences(db, ...december);
    await addEvent(db, interview('Added meanwhile'));
    await vi.waitFor(() => expect(told).toHaveBeenCalled());
    // A new waiting state, so a view that waited draws again (and so reads again).
    expect(windowState(db, ...december)).not.toBe(waiting);
    await stale;
    expect(windowState(db, ...december).occurrences).toBeNull();
    const again = readOccurrences(db, ...december);
    expect((await again).map((o) => o.event.title)).toEqual(['Added meanwhile']);
    expect(windowState(db, ...december).occurrences?.map((o) => o.event.title)).toEqual(['Added meanwhile']);
    stop();
    db.close();
  });
});

describe('Start-up work that waits for a quiet moment', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs once the first page has had time to draw and the page is idle, and can be called off', () => {
    vi.useFakeTimers();
    let idle: (() => void) | null = null;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => ((idle = callback), 7));
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    const work = vi.fn();
    whenIdle(work);
    vi.advanceTimersByTime(999);
    expect(idle).toBeNull();
    vi.advanceTimersByTime(1);
    expect(work).not.toHaveBeenCalled();
    idle!();
    expect(work).toHaveBeenCalledTimes(1);

    const never = vi.fn();
    whenIdle(never)();
    vi.advanceTimersByTime(5_000);
    expect(never).not.toHaveBeenCalled();
  });
});
