import fs from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import type { Backend } from '../index';
import { mimeTypeFor } from '../fs/mime';
import { resolveFileInside } from '../fs/safe-path';
import { FILES_PATH, receiveUpload, serveDocumentFile } from './files-route';
import { checkRequest, sessionCookie } from './guard';
import { PushStream } from './push-stream';

/** Largest request body accepted for a contract call (an activity log export can be a few MB); file uploads get their own route. */
const MAX_CALL_BYTES = 16 * 1024 * 1024;

export interface HostServerOptions {
  backend: Backend;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
}

export interface HostServer {
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Serves the renderer and the contract on 127.0.0.1 only, behind the token guard. */
export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const push = new PushStream();
  const unsubscribe = options.backend.onPush((envelope) => push.send(envelope));
  let port = options.port;

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain; charset=utf-8', 'Something went wrong.'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(req, options.token, port);
    if (!verdict.ok) return send(res, verdict.status, 'text/plain; charset=utf-8', verdict.reason);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');

    if (verdict.viaToken) {
      // Trade the token in the address bar for a cookie, then drop it from the URL.
      res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': sessionCookie(options.token), Location: url.pathname });
      return void res.end();
    }
    if (url.pathname === '/api/call') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      return handleCall(req, res);
    }
    if (url.pathname === '/api/upload') {
      if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
      return receiveUpload(options.backend, url, req, res);
    }
    const fileMatch = FILES_PATH.exec(url.pathname);
    if (fileMatch && req.method === 'GET') return serveDocumentFile(options.backend, fileMatch, url, res);
    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET.');
      return push.attach(res);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Use GET.');
    return serveStatic(url.pathname, req, res);
  }

  async function handleCall(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('application/json')) return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON.');
    const body = await readBody(req, MAX_CALL_BYTES);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'That request is too large.');
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      parsed = undefined;
    }
    const reply = await options.backend.dispatch(parsed);
    send(res, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
  }

  async function serveStatic(pathname: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const wanted = pathname === '/' ? '/index.html' : pathname;
    const file = await resolveFileInside(options.rendererDir, wanted);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found.');
    const stat = await fs.promises.stat(file);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(file),
      'Content-Length': stat.size,
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') return void res.end();
    await pipeline(fs.createReadStream(file), res).catch(() => res.destroy());
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://127.0.0.1:${port}/?token=${options.token}`,
    async close() {
      unsubscribe();
      push.closeAll();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
