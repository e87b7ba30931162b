import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../../../electron/backend';
import { startHostServer, type HostServer } from '../../../../electron/backend/host/server';
import { makeTempDir, startTestBackend } from '../../../support/backend';

const TOKEN = 'files-token-0123456789abcdef';
let temp: ReturnType<typeof makeTempDir>;
let server: HostServer;
let backend: Backend;
let base: string;
const cookie = { Cookie: `co_session=${TOKEN}` };

beforeEach(async () => {
  temp = makeTempDir();
  fs.mkdirSync(path.join(temp.dir, 'renderer'));
  backend = startTestBackend(path.join(temp.dir, 'data'));
  server = await startHostServer({ backend, rendererDir: path.join(temp.dir, 'renderer'), token: TOKEN, port: 0 });
  base = `http://127.0.0.1:${server.port}`;
});
afterEach(async () => {
  await server.close();
  await backend.close();
  await temp.cleanup();
});

const upload = (name: string, body: string, extra = '', headers: Record<string, string> = {}) =>
  fetch(`${base}/api/upload?batchId=batch-upload&index=0&total=1&name=${encodeURIComponent(name)}${extra}`, {
    method: 'POST',
    headers: { ...cookie, 'Content-Type': 'application/octet-stream', ...headers },
    body,
  });

describe('browser-mode file routes', () => {
  it('streams an upload into the library and serves it back by id, sandboxed', async () => {
    const res = await upload('My résumé.txt', 'Forklift operator', '&kind=resume');
    const { outcome, cancelled } = (await res.json()) as { outcome: { documentId: string; versionId: string }; cancelled: boolean };
    expect(cancelled).toBe(false);
    expect(outcome).toMatchObject({ status: 'added', name: 'My résumé.txt' });
    const file = await fetch(`${base}/files/${outcome.documentId}/${outcome.versionId}`, { headers: cookie });
    expect(file.status).toBe(200);
    expect(await file.text()).toBe('Forklift operator');
    expect(file.headers.get('content-security-policy')).toContain('sandbox');
    expect(file.headers.get('content-disposition')).toMatch(/^inline; filename\*=UTF-8''My%20r%C3%A9sum%C3%A9\.txt$/);
    const download = await fetch(`${base}/files/${outcome.documentId}/${outcome.versionId}?download=1`, { headers: cookie });
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
  });

  it('refuses uploads without the session, from another site, or with a bad description', async () => {
    expect((await fetch(`${base}/api/upload?batchId=batch-x&index=0&total=1&name=a.txt`, { method: 'POST', body: 'x' })).status).toBe(401);
    expect((await upload('a.txt', 'x', '', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload('a.txt', 'x', '&kind=poster')).status).toBe(400);
    expect((await upload('', 'x')).status).toBe(400);
  });

  it('answers 404 for ids that are unknown or are paths in disguise', async () => {
    for (const target of ['/files/AAAAAAAAAAAA/BBBBBBBBBBBB', '/files/..%2F..%2Fetc/passwd', '/files/../../etc/passwd']) {
      const res = await fetch(`${base}${target}`, { headers: cookie });
      expect(res.status, target).toBe(404);
      expect(await res.text()).not.toContain('root:');
    }
  });
});
