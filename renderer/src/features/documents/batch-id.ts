/** A batch id the backend accepts (6–64 of [A-Za-z0-9_-]), chosen here so the page can follow progress and cancel. */
export function makeBatchId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID().replace(/-/g, '');
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
