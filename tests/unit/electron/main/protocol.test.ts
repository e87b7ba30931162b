import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler } from '../../../../electron/main/protocol';

// Node's global Request accepts app: URLs, but it normalises them the WHATWG way
// (`/../x` and `/%2e%2e/x` fold to `/x`), so a real Request never shows the handler a
// raw `..`. Each case therefore runs twice: with a real Request, and with a bare
// `{ url, method }` object carrying the URL exactly as written, so the handler's own
// defences are exercised too (Electron hands its own Request object to the handler).
const makers = {
  'WHATWG Request': (url: string, method = 'GET') => new Request(url, { method }),
  'raw { url, method }': (url: string, method = 'GET') => ({ url, method }) as Request,
};

const SECRET = 'TOP-SECRET-do-not-serve';
const INDEX = '<!doctype html><title>Career Organizer</title>';
const APP_JS = 'console.log("career organizer");';
let base: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'co-protocol-'));
  const rendererDir = path.join(base, 'renderer');
  await fs.mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await fs.writeFile(path.join(rendererDir, 'index.html'), INDEX);
  await fs.writeFile(path.join(rendererDir, 'assets', 'app.js'), APP_JS);
  await fs.writeFile(path.join(base, 'secret.txt'), SECRET);
  // On POSIX a backslash is an ordinary file-name character: this file makes the
  // `assets%5capp.js` case below refused by rule, as it would be on Windows, not by absence.
  if (process.platform !== 'win32') await fs.writeFile(path.join(rendererDir, 'assets\\app.js'), APP_JS);
  await fs.symlink(path.join(base, 'secret.txt'), path.join(rendererDir, 'link.txt'));
  await fs.symlink(base, path.join(rendererDir, 'outside'), 'dir');
  handler = createAppProtocolHandler(rendererDir);
});

afterAll(async () => {
  await fs.rm(base, { recursive: true, force: true });
});

describe.each(Object.entries(makers))('app:// handler with %s', (_name, req) => {
  it.each(['app://app/', APP_ENTRY_URL, 'app://app/index.html?x=1#/settings'])('serves index.html for %s', async (url) => {
    const res = await handler(req(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toBe(INDEX);
  });

  it('serves a script with a JavaScript type', async () => {
    const res = await handler(req('app://app/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toBe(APP_JS);
  });

  it.each(['POST', 'PUT', 'DELETE', 'HEAD'])('refuses %s with 405', async (method) => {
    const res = await handler(req(APP_ENTRY_URL, method));
    expect(res.status).toBe(405);
  });

  it.each(['app://evil/index.html', 'app://app.evil/index.html', 'app://app:8080/index.html', 'http://app/index.html'])(
    'refuses a foreign host or scheme: %s',
    async (url) => {
      const res = await handler(req(url));
      expect(res.status).toBe(404);
      expect(await res.text()).not.toBe(INDEX);
    },
  );

  it.each([
    'app://app/../secret.txt',
    'app://app/assets/../../secret.txt',
    'app://app/%2e%2e/secret.txt',
    'app://app/%2e%2e%2fsecret.txt',
    'app://app/..%2fsecret.txt',
    'app://app/..%5csecret.txt',
    'app://app/%252e%252e%252fsecret.txt',
    'app://app/index.html%00',
    'app://app/%00/../secret.txt',
    'app://app/link.txt',
    'app://app/outside/secret.txt',
    'app://app/assets/%2e%2e/%2e%2e/secret.txt',
    'app://app/C:/Windows/win.ini',
    'app://app/%',
  ])('refuses %s without leaking the secret', async (url) => {
    const res = await handler(req(url));
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses an absolute path to the secret, encoded or with a doubled slash', async () => {
    const secretPath = path.join(base, 'secret.txt');
    for (const url of [`app://app/${encodeURIComponent(secretPath)}`, `app://app/${secretPath}`]) {
      const res = await handler(req(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain(SECRET);
    }
  });

  // Refused because they are written as traversal or double encoding, not because of where they land.
  it.each([
    'app://app/assets/..%2findex.html',
    'app://app/assets/%2e%2e%2findex.html',
    'app://app/.%2findex.html',
    'app://app/assets%252fapp.js',
    'app://app/assets%5capp.js',
  ])(
    'refuses %s even though it points inside the renderer folder',
    async (url) => {
      const res = await handler(req(url));
      expect(res.status).toBe(404);
    },
  );

  it.each(['app://app/missing.js', 'app://app/assets/', 'app://app/assets', 'app://app/outside'])(
    'answers 404 for a missing file or a directory: %s',
    async (url) => {
      const res = await handler(req(url));
      expect(res.status).toBe(404);
    },
  );
});

describe('app:// handler input the WHATWG Request cannot carry', () => {
  it('answers 400 when the URL does not parse', async () => {
    const res = await handler({ url: 'not a url', method: 'GET' } as Request);
    expect(res.status).toBe(400);
  });

  // With no '/' after the host, the query or fragment must not be taken for the path.
  it.each(['app://app#/assets/app.js', 'app://app?/assets/app.js'])('serves index.html for %s (path is empty)', async (url) => {
    const res = await handler({ url, method: 'GET' } as Request);
    expect(await res.text()).toBe(INDEX);
  });
});

describe('app:// documents route', () => {
  it('serves a document looked up by id, sandboxed, and 404s ids that are unknown or paths in disguise', async () => {
    const rendererDir = path.join(base, 'renderer');
    const file = path.join(base, 'cv.pdf');
    await fs.writeFile(file, '%PDF-1.4 resume');
    const asked: string[][] = [];
    const withDocs = createAppProtocolHandler(rendererDir, async (documentId, versionId) => {
      asked.push([documentId, versionId]);
      return documentId === 'doc1234567' ? { absolutePath: file, mimeType: 'application/pdf', name: 'cv.pdf' } : null;
    });
    const res = await withDocs({ url: 'app://app/files/doc1234567/ver1234567', method: 'GET' } as Request);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-security-policy')).toContain('sandbox');
    expect(await res.text()).toBe('%PDF-1.4 resume');
    for (const url of ['app://app/files/unknown123/ver1234567', 'app://app/files/../../secret.txt', 'app://app/files/%2e%2e/secret.txt/x']) {
      const refused = await withDocs({ url, method: 'GET' } as Request);
      expect(refused.status, url).toBe(404);
      expect(await refused.text()).not.toContain(SECRET);
    }
    expect(asked).toEqual([['doc1234567', 'ver1234567'], ['unknown123', 'ver1234567']]);
  });
});
