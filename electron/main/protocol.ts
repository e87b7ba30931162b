import fs from 'node:fs';
import { Readable } from 'node:stream';
import { mimeTypeFor } from '../backend/fs/mime';
import { resolveFileInside } from '../backend/fs/safe-path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for app:// — call before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Finds a document version's file by id (the backend's resolveFile). */
export type DocumentFileResolver = (documentId: string, versionId: string) => Promise<{ absolutePath: string; mimeType: string; name: string } | null>;

const FILES_PATH = /^\/files\/([A-Za-z0-9_-]{6,64})\/([A-Za-z0-9_-]{6,64})$/;

// A stored HTML or SVG document must never run as part of the app.
const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/**
 * Serves the built renderer from app://app/: GET only, our host only, and only files
 * that really lie inside `rendererDir` after resolving links (no `..`, encoded or not).
 * `/files/<documentId>/<versionId>` serves a document looked up by id, never by path.
 */
export function createAppProtocolHandler(rendererDir: string, resolveDocument?: DocumentFileResolver): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const rawPath = rawPathname(request.url);
    const documentMatch = FILES_PATH.exec(rawPath);
    if (documentMatch && resolveDocument) return serveDocument(await resolveDocument(documentMatch[1], documentMatch[2]));
    const file = await resolveFileInside(rendererDir, rawPath === '/' ? '/index.html' : rawPath);
    if (!file) return new Response('Not found', { status: 404 });
    const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream;
    return new Response(body, {
      status: 200,
      headers: { 'Content-Type': mimeTypeFor(file), 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff' },
    });
  };
}

async function serveDocument(file: Awaited<ReturnType<DocumentFileResolver>>): Promise<Response> {
  const stat = file ? await fs.promises.stat(file.absolutePath).catch(() => null) : null;
  if (!file || !stat?.isFile()) return new Response('Not found', { status: 404 });
  const body = Readable.toWeb(fs.createReadStream(file.absolutePath)) as ReadableStream;
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': file.mimeType,
      'Content-Length': String(stat.size),
      'Content-Security-Policy': FILE_CSP,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * The path exactly as written in the URL, before WHATWG normalisation folds `..`:
 * we want to see (and refuse) traversal attempts rather than have them silently rewritten.
 */
function rawPathname(url: string): string {
  const beforeQuery = url.split(/[?#]/)[0];
  const afterScheme = beforeQuery.slice(beforeQuery.indexOf('//') + 2);
  const slash = afterScheme.indexOf('/');
  return slash < 0 ? '/' : afterScheme.slice(slash);
}
