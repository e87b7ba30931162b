import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { UploadMetaSchema } from '../../../shared/contract';
import type { Backend } from '../index';

/** `/files/<documentId>/<versionId>`: a document's bytes, looked up by id, never by a path from the page. */
export const FILES_PATH = /^\/files\/([A-Za-z0-9_-]{6,64})\/([A-Za-z0-9_-]{6,64})$/;

/** Sends a version's file with its type; `?download=1` asks the browser to save it under its name. */
export async function serveDocumentFile(backend: Backend, match: RegExpExecArray, url: URL, res: ServerResponse): Promise<void> {
  const file = await backend.resolveFile(match[1], match[2]);
  const stat = file ? await fs.promises.stat(file.absolutePath).catch(() => null) : null;
  if (!file || !stat?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('This document is no longer in your library.');
  }
  const disposition = url.searchParams.get('download') === '1' ? 'attachment' : 'inline';
  res.writeHead(200, {
    'Content-Type': file.mimeType,
    'Content-Length': stat.size,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    // Never let a stored HTML or SVG file run as part of the app.
    'Content-Security-Policy': "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  // pipeline closes the file when the page stops reading (an abandoned preview), and a read error ends the response instead of the host.
  await pipeline(fs.createReadStream(file.absolutePath), res).catch(() => res.destroy());
}

/** `POST /api/upload?batchId&name&index&total[&kind][&versionOf]`: one file's bytes into the ingest pipeline. */
export async function receiveUpload(backend: Backend, url: URL, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const meta = UploadMetaSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!meta.success) {
    req.resume();
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('The upload was not understood. Please try adding the file again.');
  }
  const result = await backend.importStream(req, meta.data);
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(result));
}
