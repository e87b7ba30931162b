import { useEffect, useLayoutEffect, useRef } from 'react';
import Dexie from 'dexie';
import { getDb } from '../../../db/career-db';

/**
 * Calls `onChange` whenever the events table is written: in this window or another (Dexie
 * passes the news between windows). Cheaper than a live query for reads that are large
 * and run often, such as a month of occurrences: the read itself runs as a plain query.
 */
export function useEventsChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  useEffect(() => {
    const prefix = `idb://${getDb().name}/events/`;
    const listener = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) latest.current();
    };
    Dexie.on('storagemutated', listener);
    return () => Dexie.on('storagemutated').unsubscribe(listener);
  }, []);
}
