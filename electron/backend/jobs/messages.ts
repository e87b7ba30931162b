import type { FetchFailure } from '../../../shared/contract/jobs';

/** A page that could not be read, with the sentence the user sees. */
export interface Failure {
  ok: false;
  reason: FetchFailure;
  message: string;
}

const PASTE = 'paste the job’s text instead';
const fail = (reason: FetchFailure, message: string): Failure => ({ ok: false, reason, message });

/** Plain-language failures: what happened, then what the user can do next. */
export const failures = {
  notWebAddress: () =>
    fail('not-web-address', `Only web addresses that start with http:// or https:// can be read. Copy the address from your browser’s address bar, or ${PASTE}.`),
  offline: () => fail('offline', `You seem to be offline. Connect to the internet, or ${PASTE}.`),
  siteNotFound: (host: string) =>
    fail('site-not-found', `We couldn’t find the site “${host}”. Check the address for typos and that you’re connected to the internet, or ${PASTE}.`),
  connectionFailed: (host: string) =>
    fail('connection-failed', `We couldn’t connect to ${host}. You may be offline, or the site may be down. Connect to the internet and try again, or ${PASTE}.`),
  timeout: (host: string) => fail('timeout', `${host} took too long to answer. Try again in a few minutes, or ${PASTE}.`),
  secureConnection: (host: string) =>
    fail('secure-connection', `The secure connection to ${host} couldn’t be verified, so the page wasn’t read. Open it in your browser and ${PASTE}.`),
  redirectRefused: (scheme: string) =>
    fail('redirect-refused', `This page tried to send us to a “${scheme}” address, which isn’t a web page, so we stopped. Open the job in your browser and ${PASTE}.`),
  tooManyRedirects: (max: number) =>
    fail('too-many-redirects', `This page sent us on to another address more than ${max} times, so we stopped. Open the job in your browser and ${PASTE}.`),
  http: (host: string, status: number) => fail('http-error', httpMessage(host, status)),
  notHtml: (contentType: string) => fail('not-html', notHtmlMessage(contentType)),
  tooLarge: () => fail('too-large', `This page is too large to read. Open it in your browser and ${PASTE}.`),
  noJobData: (damaged: boolean) =>
    fail(
      'no-job-data',
      damaged
        ? `This page’s job details are damaged, so they can’t be read. Paste the job’s text instead, or fill in the form.`
        : `This page doesn’t include job details we can read. Paste the job’s text instead, or fill in the form.`,
    ),
};

function httpMessage(host: string, status: number): string {
  if (status === 404 || status === 410) {
    return `This job page wasn’t found (error ${status}). The posting may have been taken down. Check the address, or ${PASTE}.`;
  }
  if (status === 401 || status === 403) {
    return `${host} didn’t let us read this page (error ${status}). Some job sites only show postings in a browser: open it there and ${PASTE}.`;
  }
  if (status === 429) return `${host} is getting too many requests right now (error 429). Wait a few minutes and try again, or ${PASTE}.`;
  if (status >= 500) return `${host} had a problem showing this page (error ${status}). Try again later, or ${PASTE}.`;
  return `${host} couldn’t show this page (error ${status}). Check the address, or ${PASTE}.`;
}

function notHtmlMessage(contentType: string): string {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'application/pdf') return `This address leads to a PDF file, not a web page. Download it and add it to your documents, or ${PASTE}.`;
  const what = type.startsWith('image/') ? 'an image' : `a file of type “${type.slice(0, 60)}”`;
  return `This address leads to ${what}, not a web page. Open it in your browser and ${PASTE}.`;
}
