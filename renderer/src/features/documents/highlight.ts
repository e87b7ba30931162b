/** One piece of a snippet: plain text, or a part that matched the search. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Cuts a snippet at the backend's [start, end) highlight offsets. Ranges are clamped,
 * sorted and merged, so overlapping or out-of-range offsets never duplicate or lose text.
 */
export function splitHighlights(snippet: string, highlights: ReadonlyArray<readonly [number, number]>): SnippetPart[] {
  const ranges = highlights
    .map(([start, end]) => [Math.max(0, Math.min(start, snippet.length)), Math.max(0, Math.min(end, snippet.length))] as const)
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [start, end] of merged) {
    if (start > at) parts.push({ text: snippet.slice(at, start), match: false });
    parts.push({ text: snippet.slice(start, end), match: true });
    at = end;
  }
  if (at < snippet.length) parts.push({ text: snippet.slice(at), match: false });
  return parts;
}
