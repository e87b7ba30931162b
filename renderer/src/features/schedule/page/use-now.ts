import { useEffect, useState } from 'react';

/** The time now (UTC ms), moving on every `everyMs`: the today line and "today" follow the clock. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
