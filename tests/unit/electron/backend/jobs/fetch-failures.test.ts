import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPostingFromUrl } from '../../../../../electron/backend/jobs/read-posting';
import { setLogSink } from '../../../../../electron/backend/log';
import { closedPortUrl, startJobServer } from './job-server';

let server: Awaited<ReturnType<typeof startJobServer>>;
beforeAll(async () => {
  setLogSink(() => undefined);
  server = await startJobServer();
});
afterAll(() => server.close());

const read = (path: string, timeoutMs = 5000) => readPostingFromUrl(server.url(path), { timeoutMs });
const failed = (reason: string, message: string) => ({ status: 'failed', reason, message });

describe('job pages that cannot be read, each with a plain-language result', () => {
  it('no JSON-LD on the page', async () => {
    expect(await read('/plain')).toEqual(
      failed('no-job-data', 'This page doesn’t include job details we can read. Paste the job’s text instead, or fill in the form.'),
    );
  });

  it('JSON-LD that is broken beyond repair', async () => {
    expect(await read('/broken')).toEqual(
      failed('no-job-data', 'This page’s job details are damaged, so they can’t be read. Paste the job’s text instead, or fill in the form.'),
    );
  });

  it.each(['/to-file', '/to-ftp', '/to-data', '/to-javascript'])('a redirect to a non-web scheme (%s) is refused, never followed', async (path) => {
    const scheme = { '/to-file': 'file', '/to-ftp': 'ftp', '/to-data': 'data', '/to-javascript': 'javascript' }[path];
    const before = server.hits.length;
    expect(await read(path)).toEqual(
      failed(
        'redirect-refused',
        `This page tried to send us to a “${scheme}” address, which isn’t a web page, so we stopped. Open the job in your browser and paste the job’s text instead.`,
      ),
    );
    expect(server.hits.slice(before)).toEqual([path]);
  });

  it('more than 5 redirects', async () => {
    const before = server.hits.length;
    expect(await read('/loop/0')).toEqual(
      failed('too-many-redirects', 'This page sent us on to another address more than 5 times, so we stopped. Open the job in your browser and paste the job’s text instead.'),
    );
    // The first request and five followed redirects; the sixth is not followed.
    expect(server.hits.slice(before)).toEqual(['/loop/0', '/loop/1', '/loop/2', '/loop/3', '/loop/4', '/loop/5']);
  });

  it('a server that never answers, and one that stalls mid-page, end at the time limit', async () => {
    const message = '127.0.0.1 took too long to answer. Try again in a few minutes, or paste the job’s text instead.';
    for (const path of ['/slow', '/slow-body']) {
      const started = Date.now();
      expect(await read(path, 300)).toEqual(failed('timeout', message));
      expect(Date.now() - started).toBeLessThan(3000);
    }
  });

  it('404, 403 and 503 each say what happened and what to do', async () => {
    expect(await read('/404')).toEqual(
      failed('http-error', 'This job page wasn’t found (error 404). The posting may have been taken down. Check the address, or paste the job’s text instead.'),
    );
    expect(await read('/403')).toEqual(
      failed('http-error', '127.0.0.1 didn’t let us read this page (error 403). Some job sites only show postings in a browser: open it there and paste the job’s text instead.'),
    );
    expect(await read('/503')).toEqual(
      failed('http-error', '127.0.0.1 had a problem showing this page (error 503). Try again later, or paste the job’s text instead.'),
    );
  });

  it('a content type that is not HTML', async () => {
    expect(await read('/pdf')).toEqual(
      failed('not-html', 'This address leads to a PDF file, not a web page. Download it and add it to your documents, or paste the job’s text instead.'),
    );
    expect(await read('/json')).toEqual(
      failed('not-html', 'This address leads to a file of type “application/json”, not a web page. Open it in your browser and paste the job’s text instead.'),
    );
  });

  it('a 10 MB JSON-LD block is refused at the 5 MB cap, streamed or with its length declared, without hanging', async () => {
    for (const path of ['/huge', '/huge-declared']) {
      const started = Date.now();
      expect(await read(path)).toEqual(failed('too-large', 'This page is too large to read. Open it in your browser and paste the job’s text instead.'));
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });

  it.each(['ftp://files.example/job.txt', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,hi', 'mailto:jobs@example.com', 'not a web address', 'http://user:secret@127.0.0.1/'])(
    'refuses %s before fetching anything',
    async (input) => {
      const before = server.hits.length;
      expect(await readPostingFromUrl(input)).toEqual(
        failed(
          'not-web-address',
          'Only web addresses that start with http:// or https:// can be read. Copy the address from your browser’s address bar, or paste the job’s text instead.',
        ),
      );
      expect(server.hits.length).toBe(before);
    },
  );

  it('offline: nothing answers on the port (connection refused)', async () => {
    expect(await readPostingFromUrl(await closedPortUrl(), { timeoutMs: 5000 })).toEqual(
      failed(
        'connection-failed',
        'We couldn’t connect to 127.0.0.1. You may be offline, or the site may be down. Connect to the internet and try again, or paste the job’s text instead.',
      ),
    );
  });
});
