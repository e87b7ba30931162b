// Start-up work that the user does not see (planning reminders) waits until the first page
// is on screen and the page has a quiet moment, so it never delays what they opened.

/** Not before this long after the call: the first page the user opens is drawn by then. */
const EARLIEST_MS = 1_000;
/** The browser gives up waiting for a quiet moment after this long and runs the work anyway. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Runs `work` once, at the first idle moment after EARLIEST_MS (at the latest
 * IDLE_TIMEOUT_MS later). Where the page has no requestIdleCallback (tests in happy-dom),
 * a plain timer. Returns a function that cancels it.
 */
export function whenIdle(work: () => void): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
    else work();
  }, EARLIEST_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}
