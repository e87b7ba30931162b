import { logInfo } from '../log';
import { failures, type Failure } from './messages';

/** Limits for one page fetch; tests shorten them. */
export interface FetchLimits {
  /** For the whole fetch: every redirect and the body. */
  timeoutMs?: number;
  /** The most bytes read from the body (after decompression). */
  maxBytes?: number;
  maxRedirects?: number;
}

export type PageResult = { ok: true; html: string; finalUrl: string } | Failure;

export const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const WEB = new Set(['http:', 'https:']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const HEADERS = {
  accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  'user-agent': 'Mozilla/5.0 (compatible; CareerOrganizer/0.1; reads schema.org JobPosting data)',
};

/** Checks what the user typed: only http(s) web addresses, a missing "https://" added for bare host names. */
export function toWebAddress(input: string): URL | null {
  const text = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[\w-]+(\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  // A user name or password in the address would be sent to the site; fetch refuses them too.
  return WEB.has(url.protocol) && url.hostname && !url.username && !url.password ? url : null;
}

/**
 * Fetches an HTML page with the safety limits a desktop app needs against any site:
 * http(s) only at every redirect hop, a time limit, a size cap, HTML content only.
 */
export async function fetchPage(input: string, limits: FetchLimits = {}): Promise<PageResult> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...limits };
  const start = toWebAddress(input);
  if (!start) return failures.notWebAddress();
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  let url = start;
  try {
    // Redirects are followed by hand so that each hop's scheme is checked before it is used.
    for (let hop = 0; ; hop++) {
      const res = await fetch(url, { redirect: 'manual', signal: controller.signal, headers: HEADERS });
      if (REDIRECTS.has(res.status) && res.headers.has('location')) {
        await res.body?.cancel().catch(() => undefined);
        const next = resolveRedirect(res.headers.get('location') ?? '', url);
        if (!(next instanceof URL)) return failures.redirectRefused(next);
        if (hop >= maxRedirects) return failures.tooManyRedirects(maxRedirects);
        url = next;
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        return failures.http(url.hostname, res.status);
      }
      const contentType = res.headers.get('content-type') ?? '';
      // No content type at all is read as HTML (old servers); a stated non-HTML type is refused.
      if (contentType && !HTML_TYPES.has(contentType.split(';')[0].trim().toLowerCase())) {
        await res.body?.cancel().catch(() => undefined);
        return failures.notHtml(contentType);
      }
      const bytes = await readCapped(res, maxBytes);
      if (!bytes) return failures.tooLarge();
      return { ok: true, html: decode(bytes, contentType), finalUrl: url.href };
    }
  } catch (err) {
    return classify(err, url.hostname, timedOut);
  } finally {
    clearTimeout(timer);
  }
}

function resolveRedirect(location: string, base: URL): URL | string {
  try {
    const next = new URL(location, base);
    return WEB.has(next.protocol) ? next : next.protocol.replace(/:$/, '');
  } catch {
    return location.split(':')[0].slice(0, 20) || 'unknown';
  }
}

/** The body's bytes, or null as soon as it passes the cap (the rest is never downloaded). */
async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    return null;
  }
  if (!res.body) return new Uint8Array();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

/** Decodes with the charset the server or the page's <meta> names, UTF-8 otherwise. */
function decode(bytes: Uint8Array, contentType: string): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const label = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const OFFLINE = new Set(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN', 'EHOSTUNREACH', 'EHOSTDOWN']);
const SLOW = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Turns a network error into the failure the user can act on; the technical detail goes to the log. */
export function classify(err: unknown, host: string, timedOut: boolean): Failure {
  const cause = (err as { cause?: { code?: unknown } })?.cause;
  const code = String(cause?.code ?? (err as { code?: unknown })?.code ?? '');
  logInfo(`jobs: fetching a page on ${host} failed: ${code || (err instanceof Error ? err.message : String(err))}`);
  if (timedOut || SLOW.has(code)) return failures.timeout(host);
  if (code === 'ENOTFOUND') return failures.siteNotFound(host);
  if (OFFLINE.has(code)) return failures.offline();
  if (/CERT|SSL|TLS|UNABLE_TO_(GET|VERIFY)|SELF_SIGNED/.test(code)) return failures.secureConnection(host);
  return failures.connectionFailed(host);
}
