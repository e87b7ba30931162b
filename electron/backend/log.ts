/**
 * The backend's log: technical detail goes here, never to the user. Kept tiny on
 * purpose; a file sink can be attached by the shell that starts the backend.
 */
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(`${line}\n`);

/** Replaces where log lines go (tests silence it; the desktop app may write a file). */
export function setLogSink(next: Sink): void {
  sink = next;
}

/** Logs a failure with its stack, for developers. */
export function logError(what: string, err: unknown): void {
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  sink(`[${new Date().toISOString()}] error: ${what}: ${detail}`);
}

/** Logs a noteworthy event. */
export function logInfo(what: string): void {
  sink(`[${new Date().toISOString()}] info: ${what}`);
}
