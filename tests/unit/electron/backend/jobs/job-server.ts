import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brokenPage, greenhousePage, indeedPage, leverPage, linkedinPage, plainPage, workdayPage } from './board-pages';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const html = (body: string, type = 'text/html; charset=utf-8'): Route => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(type.includes('1252') ? Buffer.from(body, 'latin1') : body);
};
const redirect = (to: string, status = 302): Route => (_req, res) => {
  res.writeHead(status, { location: to });
  res.end();
};
const status = (code: number): Route => (_req, res) => {
  res.writeHead(code, { 'content-type': 'text/html' });
  res.end(`<h1>${code}</h1>`);
};

/** A JSON-LD block of `mb` megabytes, written in 64 KB chunks as a real server streams it. */
const bigBlock = (mb: number, declareLength: boolean): Route => (_req, res) => {
  const head = '<html><head><script type="application/ld+json">{"@type":"JobPosting","title":"Big","description":"';
  const tail = '"}</script></head><body></body></html>';
  const filler = 'x'.repeat(64 * 1024);
  const chunks = Math.ceil((mb * 1024 * 1024) / filler.length);
  res.writeHead(200, { 'content-type': 'text/html', ...(declareLength ? { 'content-length': String(head.length + tail.length + chunks * filler.length) } : {}) });
  res.write(head);
  let sent = 0;
  const pump = () => {
    while (sent < chunks) {
      sent++;
      if (!res.write(filler)) return void res.once('drain', pump);
    }
    res.end(tail);
  };
  // The client stops reading at its cap; the write fails then, which is expected.
  res.on('error', () => undefined);
  pump();
};

/** A local job-board server on 127.0.0.1 with a free port, counting the requests it receives. */
export async function startJobServer() {
  const hits: string[] = [];
  const routes: Record<string, Route> = {
    '/greenhouse': html(greenhousePage),
    '/lever': html(leverPage),
    '/workday': html(workdayPage),
    '/indeed': html(indeedPage, 'text/html; charset=windows-1252'),
    '/linkedin': html(linkedinPage, 'text/html'),
    '/no-type': (_req, res) => res.end(greenhousePage),
    '/plain': html(plainPage),
    '/broken': html(brokenPage),
    '/to-file': redirect('file:///etc/passwd'),
    '/to-ftp': redirect('ftp://files.example/job.txt', 301),
    '/to-data': redirect('data:text/html,<script type="application/ld+json">{}</script>', 307),
    '/to-javascript': redirect('javascript:alert(1)', 308),
    '/chain/1': redirect('/chain/2', 301),
    '/chain/2': redirect('./3', 302),
    '/chain/3': redirect('/greenhouse', 303),
    '/404': status(404),
    '/403': status(403),
    '/503': status(503),
    '/pdf': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
    '/json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/huge': bigBlock(10, false),
    '/huge-declared': bigBlock(10, true),
    '/four-mb': bigBlock(4, false),
    // Never answers: the client's time limit must end the wait.
    '/slow': () => undefined,
    // Answers, then stalls in the middle of the body.
    '/slow-body': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).write('<html><head>'),
  };
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    hits.push(path);
    const loop = /^\/loop\/(\d+)$/.exec(path);
    if (loop) return redirect(`/loop/${Number(loop[1]) + 1}`)(req, res);
    (routes[path] ?? status(404))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An address on this machine where nothing listens: connection refused, as when offline. */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/job`;
}
