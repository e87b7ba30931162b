/** Why a preview could not get the file, for a plain message (details go to the console). */
export class PreviewFetchError extends Error {}

/**
 * A version's bytes from /files/<id>/<version> (the host over http, app:// on the desktop:
 * same origin either way). At most `limit` bytes are read; `truncated` says if there was more.
 */
export async function fetchFileBytes(url: string, signal: AbortSignal, limit = Infinity): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  const response = await fetch(url, { signal, cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new PreviewFetchError(`GET ${url} answered ${response.status}`);
  if (!response.body || limit === Infinity) {
    const all = new Uint8Array(await response.arrayBuffer());
    return { bytes: all.length > limit ? all.slice(0, limit) : all, truncated: all.length > limit };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > limit) {
      // Stop downloading: a preview never needs more than the limit.
      await reader.cancel();
      break;
    }
  }
  const bytes = new Uint8Array(Math.min(size, limit));
  let at = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.min(chunk.length, bytes.length - at));
    bytes.set(part, at);
    at += part.length;
    if (at >= bytes.length) break;
  }
  return { bytes, truncated: size > limit };
}
