import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { startHostServer, type HostServer } from '../../../../electron/backend/host/server';
import { makeTempDir, startTestBackend } from '../../../support/backend';

const TOKEN = 'test-token-0123456789abcdef';
let temp: ReturnType<typeof makeTempDir>;
let server: HostServer;
let backend: Backend;
let base: string;

beforeEach(async () => {
  temp = makeTempDir();
  const rendererDir = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'TOP SECRET');
  backend = startTestBackend(path.join(temp.dir, 'data'));
  server = await startHostServer({ backend, rendererDir, token: TOKEN, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  // The host doesn't own the backend; closed here so nothing still writes to the folder being removed.
  await backend.close();
  await temp.cleanup();
});

const cookie = { Cookie: `co_session=${TOKEN}` };
const callBody = JSON.stringify({ id: 1, name: 'settings-get', args: {} });
const json = { 'Content-Type': 'application/json' };

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
  });

  it('refuses a request without the token, with advice', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(401);
    expect(await res.text()).toMatch(/full link printed in the terminal/);
    expect((await fetch(`${base}/api/call`, { method: 'POST', headers: json, body: callBody })).status).toBe(401);
    expect((await fetch(`${base}/?token=wrong-token-0123456789abcd`)).status).toBe(401);
  });

  it('trades the token for a SameSite=Strict HttpOnly cookie and drops it from the URL', async () => {
    const res = await fetch(`${base}/?token=${TOKEN}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expect(res.headers.get('set-cookie')).toBe(`co_session=${TOKEN}; HttpOnly; SameSite=Strict; Path=/`);
    const page = await fetch(`${base}/`, { headers: cookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>app</title>');
  });

  it('answers contract calls with the cookie', async () => {
    const res = await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, ...json }, body: callBody });
    expect(await res.json()).toMatchObject({ type: 'reply', id: 1, result: { theme: 'system' } });
  });

  it('refuses a foreign Origin even with a valid cookie', async () => {
    for (const origin of ['https://evil.example', 'http://127.0.0.1.evil.example', 'null', `https://127.0.0.1:${server.port}`]) {
      const res = await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, ...json, Origin: origin }, body: callBody });
      expect(res.status, origin).toBe(403);
    }
    const ok = await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, ...json, Origin: base }, body: callBody });
    expect(ok.status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const http = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, path: '/', headers: { ...cookie, Host: 'evil.example' } }, (res) =>
        resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('refuses wrong methods, non-JSON bodies and oversized calls', async () => {
    expect((await fetch(`${base}/api/call`, { headers: cookie })).status).toBe(405);
    expect((await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, 'Content-Type': 'text/plain' }, body: callBody })).status).toBe(415);
    const huge = JSON.stringify({ id: 1, name: 'settings-get', args: { pad: 'x'.repeat(17 * 1024 * 1024) } });
    const res = await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, ...json }, body: huge }).catch(() => null);
    expect(res === null || res.status === 413).toBe(true);
    const bad = await fetch(`${base}/api/call`, { method: 'POST', headers: { ...cookie, ...json }, body: '{oops' });
    expect(await bad.json()).toMatchObject({ type: 'error', error: { code: 'bad-envelope' } });
  });

  it('serves renderer files and never a file outside the renderer folder', async () => {
    expect(await (await fetch(`${base}/assets/app.js`, { headers: cookie })).text()).toBe('console.log(1)');
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%252e%252e%252fsecret.txt', '/assets/..%5c..%5csecret.txt', '/%00']) {
      const res = await fetch(`${base}${attempt}`, { headers: cookie });
      expect(res.status, attempt).toBe(404);
      expect(await res.text()).not.toContain('TOP SECRET');
    }
  });

  it('streams push events to connected pages', async () => {
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, { headers: cookie, signal: controller.signal });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    await fetch(`${base}/api/call`, {
      method: 'POST',
      headers: { ...cookie, ...json },
      body: JSON.stringify({ id: 2, name: 'settings-set', args: { theme: 'dark' } }),
    });
    const { value } = await reader.read();
    const frame = new TextDecoder().decode(value);
    expect(frame).toMatch(/^data: /);
    expect(JSON.parse(frame.slice(6))).toMatchObject({ type: 'push', name: 'settings-changed', payload: { theme: 'dark' } });
    controller.abort();
  });
});
