import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify, toWebAddress } from '../../../../../electron/backend/jobs/fetch-page';
import { setLogSink } from '../../../../../electron/backend/log';
import { makeTempDir, startTestBackend } from '../../../../support/backend';
import { startJobServer } from './job-server';

const networkError = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) });

describe('toWebAddress', () => {
  it('adds https:// to a bare host name and keeps http(s) addresses as typed', () => {
    expect(toWebAddress('jobs.example.com/openings/7')?.href).toBe('https://jobs.example.com/openings/7');
    expect(toWebAddress('  http://127.0.0.1:8080/a?b=c  ')?.href).toBe('http://127.0.0.1:8080/a?b=c');
  });

  it('refuses other schemes, credentials and text that is no address', () => {
    for (const input of ['file:///etc/passwd', 'ftp://x.example/', 'javascript:alert(1)', 'localhost:3000', 'https://a:b@x.example/', 'hello', '']) {
      expect(toWebAddress(input), input).toBeNull();
    }
  });
});

describe('classify: network errors in plain words', () => {
  it.each([
    ['EAI_AGAIN', 'offline', 'You seem to be offline. Connect to the internet, or paste the job’s text instead.'],
    ['ENETUNREACH', 'offline', 'You seem to be offline. Connect to the internet, or paste the job’s text instead.'],
    ['ENOTFOUND', 'site-not-found', 'We couldn’t find the site “jobs.example”. Check the address for typos and that you’re connected to the internet, or paste the job’s text instead.'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout', 'jobs.example took too long to answer. Try again in a few minutes, or paste the job’s text instead.'],
    ['CERT_HAS_EXPIRED', 'secure-connection', 'The secure connection to jobs.example couldn’t be verified, so the page wasn’t read. Open it in your browser and paste the job’s text instead.'],
    ['ECONNRESET', 'connection-failed', 'We couldn’t connect to jobs.example. You may be offline, or the site may be down. Connect to the internet and try again, or paste the job’s text instead.'],
  ])('%s → %s', (code, reason, message) => {
    setLogSink(() => undefined);
    expect(classify(networkError(code), 'jobs.example', false)).toEqual({ ok: false, reason, message });
  });

  it('our own time limit wins over whatever error the abort raised', () => {
    expect(classify(new DOMException('aborted', 'AbortError'), 'jobs.example', true).reason).toBe('timeout');
  });
});

describe('jobs-fetch-posting through dispatch', () => {
  let server: Awaited<ReturnType<typeof startJobServer>>;
  let temp: ReturnType<typeof makeTempDir>;
  beforeAll(async () => {
    setLogSink(() => undefined);
    server = await startJobServer();
    temp = makeTempDir();
  });
  afterAll(async () => {
    await server.close();
    await temp.cleanup();
  });
  const send = (args: unknown) => startTestBackend(temp.dir).dispatch({ id: 7, name: 'jobs-fetch-posting', args });

  it('replies with the posting, or with the failure as a result the page can act on', async () => {
    expect(await send({ url: server.url('/greenhouse') })).toMatchObject({ type: 'reply', id: 7, result: { status: 'found', posting: { title: 'Warehouse Lead' } } });
    expect(await send({ url: server.url('/plain') })).toMatchObject({ type: 'reply', id: 7, result: { status: 'failed', reason: 'no-job-data' } });
    expect(await send({ url: 'file:///etc/passwd' })).toMatchObject({ type: 'reply', result: { status: 'failed', reason: 'not-web-address' } });
  });

  it('refuses a missing, empty, overlong or extra argument before any fetch', async () => {
    const before = server.hits.length;
    for (const args of [{}, { url: '   ' }, { url: `https://x.example/${'a'.repeat(5000)}` }, { url: server.url('/greenhouse'), extra: true }]) {
      expect(await send(args)).toMatchObject({ type: 'error', error: { code: 'invalid-args' } });
    }
    expect(server.hits.length).toBe(before);
  });
});
