import http from 'node:http';
import { expect, test } from './support/fixtures';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request, so Host and Origin can be whatever an attacker would send. */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

const call = (name: string, args: unknown = {}) => ({ id: 1, name, args });

test('the host lets in only its own page with the token', async ({ app }) => {
  const noToken = await send(`${app.origin}/`);
  expect(noToken.status).toBe(401);
  expect(noToken.body).toContain('Open Career Organizer with the full link');

  const withToken = await send(app.url);
  expect(withToken.status).toBe(303);
  const cookie = String(withToken.headers['set-cookie']).split(';')[0];
  expect(cookie).toMatch(/^co_session=/);
  expect(String(withToken.headers['set-cookie'])).toMatch(/SameSite=Strict/i);

  const json = { 'Content-Type': 'application/json', Cookie: cookie };
  const apiCall = `${app.origin}/api/call`;
  const evilOrigin = await send(apiCall, { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body: call('settings-get') });
  expect(evilOrigin.status).toBe(403);
  const evilHost = await send(apiCall, { method: 'POST', headers: { ...json, Host: 'evil.example' }, body: call('settings-get') });
  expect(evilHost.status).toBe(403);

  const ok = await send(apiCall, { method: 'POST', headers: { ...json, Origin: app.origin }, body: call('settings-get') });
  expect(ok.status).toBe(200);
  expect(JSON.parse(ok.body)).toMatchObject({ type: 'reply', id: 1, result: { theme: 'system', language: 'en' } });

  const unknown = await send(apiCall, { method: 'POST', headers: json, body: call('no-such-thing') });
  expect(JSON.parse(unknown.body)).toMatchObject({ type: 'error', error: { code: 'unknown-method' } });
});
