import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'co_session';

export type GuardVerdict =
  | { ok: true; viaToken: boolean }
  | { ok: false; status: 403 | 401; reason: string };

/**
 * Decides whether a request may reach the browser-mode host. It must name our own
 * address in Host (blocks DNS rebinding), come from our own Origin when it sends one
 * (blocks other sites), and carry the per-run token: in the URL once, then as a cookie.
 */
export function checkRequest(req: IncomingMessage, token: string, port: number): GuardVerdict {
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const host = req.headers.host ?? '';
  if (!allowedHosts.has(host.toLowerCase())) {
    return { ok: false, status: 403, reason: 'This address is not served here.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.has(origin.toLowerCase().replace(/^http:\/\//, ''))) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  if (origin !== undefined && !origin.toLowerCase().startsWith('http://')) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fromUrl = url.searchParams.get('token');
  if (fromUrl !== null && sameSecret(fromUrl, token)) return { ok: true, viaToken: true };
  const fromCookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (fromCookie !== null && sameSecret(fromCookie, token)) return { ok: true, viaToken: false };
  return {
    ok: false,
    status: 401,
    reason: 'Open Career Organizer with the full link printed in the terminal (it ends with ?token=...).',
  };
}

/** The Set-Cookie header that lets the browser come back without the token in the URL. */
export function sessionCookie(token: string): string {
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
