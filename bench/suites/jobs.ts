// jobs.table_filter_p95_ms: a keystroke in the table's search box until the filtered rows
// are painted, typed at a person's pace (bare_input_* is the same typing on an empty page);
// jobs.board_first_render_ms: opening the board until its cards are painted; both with 10,000
// jobs, 40,000 stage changes and 1,000 contacts in IndexedDB. jobs.csv_import_10k_s: a
// 10,000-row spreadsheet imported through the import page into an empty database. In headless
// Chromium against the built app in browser mode (run `npm run build` first).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { toContactRow, toJobRow, type ContactRow, type JobRow } from '../../renderer/src/db/rows';
import { addDays, appliedDate, localDateOf, type CalendarDate, type Job, type StageChange, type StageId } from '../../shared/domain/jobs';
import { chromiumArgs, findChromium } from '../../tests/e2e/support/browser';
import { timedImport } from '../support/timed-import';

const TITLES = ['Warehouse associate', 'Forklift operator', 'Warehouse lead', 'Delivery driver', 'Line cook', 'Cashier', 'Customer service representative',
  'Medical assistant', 'Administrative assistant', 'Electrician apprentice', 'Welder', 'Bookkeeper', 'Dental receptionist', 'Shipping clerk',
  'Retail sales associate', 'Maintenance technician', 'Home health aide', 'Data entry clerk', 'Security officer', 'Auxiliar de almacén', 'Cocinero', 'Recepcionista'];
const EMPLOYERS = ['Acme Logistics', 'Evergreen Foods', 'Cascade Health', 'Pacific Freight', 'Riverside Clinic', 'Summit Retail', 'Harbor Market', 'Olympic Builders',
  'Puget Power', 'Rainier Dental', 'North Star Security', 'Columbia Manufacturing', 'Café Peña', 'Sakura Kitchen 株式会社', 'Blue Lake Hotels'];
const PLACES = ['Seattle, WA', 'Tacoma, WA', 'Spokane, WA', 'Yakima, WA', 'Everett, WA', 'Kent, WA', 'Wenatchee, WA', 'Pasco, WA', 'Bellevue, WA', 'Olympia, WA'];
const SOURCES = ['WorkSourceWA', 'Indeed', 'LinkedIn', 'Company website', 'Job fair', 'Friend', 'Craigslist', 'Job centre'];
const ACTIONS = ['Call to follow up', 'Send thank-you note', 'Prepare for interview', 'Ask Maria for a reference', 'Check application status', 'Send portfolio'];
const NAMES = ['Maria Lopez', 'James Smith', 'Aiko Tanaka', 'José Peña', 'Fatima Ali', 'Chen Wei', 'Olga Ivanova', 'Sam Carter', 'Priya Patel', 'Luis García'];

/** A small fast random number generator (mulberry32), so runs are comparable. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// How jobs end up, with the steps that lead there.
const PATHS: Array<[weight: number, steps: StageId[]]> = [
  [10, ['saved']],
  [12, ['saved', 'applied']],
  [8, ['saved', 'applied', 'interviewing', 'interviewing']],
  [3, ['saved', 'applied', 'interviewing', 'interviewing', 'offer']],
  [2, ['saved', 'applied', 'interviewing', 'interviewing', 'offer', 'accepted']],
  [16, ['saved', 'applied', 'rejected']],
  [15, ['saved', 'applied', 'interviewing', 'interviewing', 'rejected']],
  [22, ['saved', 'applied', 'no-response']],
  [6, ['saved', 'applied', 'interviewing', 'withdrawn']],
  [6, ['saved', 'applied', 'interviewing', 'interviewing', 'offer', 'declined']],
];

export interface JobsData {
  jobs: JobRow[];
  changes: StageChange[];
  contacts: ContactRow[];
}

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(8, '0')}`;

/** `jobCount` jobs with exactly `changeCount` stage changes between them, and `contactCount` contacts. */
export function generateJobs(jobCount: number, changeCount: number, contactCount: number, today: CalendarDate = localDateOf(new Date()), seed = 42): JobsData {
  const next = random(seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const now = new Date().toISOString();
  const contacts: ContactRow[] = Array.from({ length: contactCount }, (_, i) =>
    toContactRow({ id: id('contact', i), name: `${pick(NAMES)} ${i}`, role: pick(['recruiter', 'hiring-manager', 'referral', 'other'] as const), employer: pick(EMPLOYERS), email: '', phone: '', notes: '', createdAt: now, updatedAt: now }),
  );
  const total = PATHS.reduce((n, [w]) => n + w, 0);
  const paths = Array.from({ length: jobCount }, () => {
    let r = next() * total;
    for (const [weight, steps] of PATHS) if ((r -= weight) < 0) return [...steps];
    return ['saved'] as StageId[];
  });
  // Extra interview rounds (or fewer) until the histories add up to exactly changeCount steps.
  let steps = paths.reduce((n, p) => n + p.length, 0);
  for (let i = 0; steps !== changeCount && i < jobCount * 20; i++) {
    const path = paths[i % jobCount];
    if (steps < changeCount && path.length >= 3) {
      path.splice(2, 0, 'interviewing');
      steps++;
    } else if (steps > changeCount && path.length >= 4 && path[2] === 'interviewing') {
      path.splice(2, 1);
      steps--;
    }
  }
  const jobs: JobRow[] = [];
  const changes: StageChange[] = [];
  paths.forEach((path, n) => {
    const jobId = id('job', n);
    let at = addDays(today, -Math.floor(next() * 700) - 30);
    const created = `${at}T12:00:00.000Z`;
    path.forEach((stage, k) => {
      if (k > 0) at = addDays(at, 1 + Math.floor(next() * 12));
      if (at > today) at = today;
      changes.push({ id: id(`step${k}x`, n), jobId, stage, at, note: '', createdAt: `${at}T12:00:${String(k).padStart(2, '0')}.000Z` });
    });
    const hourly = next() < 0.6;
    const low = hourly ? 16 + Math.floor(next() * 20) : 32000 + Math.floor(next() * 50) * 1000;
    const job: Job = {
      id: jobId,
      title: pick(TITLES),
      employer: pick(EMPLOYERS),
      location: pick(PLACES),
      workplace: pick(['on-site', 'on-site', 'hybrid', 'remote', null] as const),
      pay: next() < 0.7 ? { min: low, max: hourly ? low + 4 : low + 8000, period: hourly ? 'hour' : 'year', currency: 'USD' } : null,
      source: pick(SOURCES),
      url: next() < 0.5 ? `https://jobs.example.com/posting/${n}` : '',
      jobNumber: next() < 0.4 ? `R-${10000 + n}` : '',
      postedAt: addDays(created.slice(0, 10), -3),
      deadline: next() < 0.4 ? addDays(created.slice(0, 10), 30) : null,
      description: 'We are looking for a reliable person to join our team. '.repeat(4 + Math.floor(next() * 20)),
      notes: next() < 0.3 ? 'Spoke with the manager at the job fair; ask about weekend shifts.' : '',
      contactIds: next() < 0.2 ? [pick(contacts).id] : [],
      sentDocuments: [],
      nextAction: next() < 0.3 ? { text: pick(ACTIONS), due: next() < 0.8 ? addDays(today, Math.floor(next() * 40) - 20) : null } : null,
      stage: path[path.length - 1],
      stageAt: at,
      createdAt: created,
      updatedAt: `${at}T13:00:00.000Z`,
    };
    jobs.push(toJobRow(job, appliedDate(changes.slice(changes.length - path.length))));
  });
  return { jobs, changes, contacts };
}

/**
 * Puts the rows straight into the app's IndexedDB from inside the page (the app must have
 * opened its database first, so the tables exist). Reload the page afterwards.
 */
export function putRows(data: JobsData): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('career-organizer');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['jobs', 'stageChanges', 'contacts'], 'readwrite');
      for (const row of data.jobs) tx.objectStore('jobs').put(row);
      for (const row of data.changes) tx.objectStore('stageChanges').put(row);
      for (const row of data.contacts) tx.objectStore('contacts').put(row);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Starts the built app in browser mode on a fresh data folder; resolves to its sign-in link. */
export async function startHost(): Promise<{ url: string; stop(): Promise<void> }> {
  const entry = path.resolve('out/main/web.js');
  if (!fs.existsSync(entry)) throw new Error('Build first (npm run build): the benchmark drives out/main/web.js in a browser.');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'co-bench-jobs-'));
  const child: ChildProcess = spawn(process.execPath, [entry, '--data-dir', dataDir, '--port', '0'], {
    env: { ...process.env, CAREER_ORGANIZER_NO_LAUNCH: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('The app did not start within 15 s.')), 15_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`The app stopped (code ${code}).`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app, seeds its database with `data`, and reloads so the app reads it fresh. */
export async function openSeeded(page: Page, url: string, data: JobsData): Promise<string> {
  await page.goto(url);
  const origin = new URL(url).origin;
  await page.goto(`${origin}/#/jobs/board`);
  await page.waitForSelector('h1');
  await page.evaluate(putRows, data);
  return origin;
}

// In the page: resolves after the next paint following `ready()` turning true.
const AFTER_PAINT = `(ready, since) => new Promise((resolve) => {
  const done = () => requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => resolve(performance.now() - since()); c.port2.postMessage(0); });
  if (ready()) return done();
  const observer = new MutationObserver(() => { if (ready()) { observer.disconnect(); done(); } });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
})`;

/**
 * Opening the board from Home with nothing loaded yet: until its first screen of cards is
 * painted, and until every job has been read and the columns are complete.
 */
async function boardOpenings(page: Page, origin: string, count: number): Promise<{ first: number[]; complete: number[] }> {
  const times: number[] = [];
  const complete: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.goto(`${origin}/#/`);
    await page.reload();
    await page.waitForSelector('h1');
    times.push(
      await page.evaluate(`(() => {
        const start = performance.now();
        location.hash = '#/jobs/board';
        window.__boardStart = start;
        return (${AFTER_PAINT})(() => document.querySelectorAll('.job-card').length >= 20, () => start);
      })()`),
    );
    complete.push(await page.evaluate(`(${AFTER_PAINT})(() => document.querySelector('.board[data-complete=true]') !== null, () => window.__boardStart)`));
  }
  return { first: times, complete };
}

// A fast typist's pace (about 120 words a minute). Keys sent back to back, each the moment
// the last one is painted, keep the compositor drawing frame after frame, and then a new frame
// waits for the next 16.7 ms tick however little there is to do: typing into a bare input on
// a blank page measured that way gives a p95 of about 12 ms; with a pause like a person's, 5.
const KEY_PAUSE_MS = 100;

/** Typing searches into the table, one key at a time: from each keydown to the paint of its rows. */
async function tableKeystrokes(page: Page, origin: string): Promise<number[]> {
  await page.goto(`${origin}/#/jobs/table`);
  const box = page.getByRole('searchbox', { name: 'Search' });
  await box.waitFor();
  await page.waitForSelector('.jobs-table__row');
  await page.evaluate(LISTEN_FOR_KEYS);
  const times: number[] = [];
  for (const query of ['warehouse', 'seattle', 'acme', 'forklift op', 'pena', 'r-10', 'cook tacoma', 'zzz']) {
    await box.fill('');
    await page.waitForSelector('[data-search=""]');
    for (let n = 1; n <= query.length; n++) {
      times.push(await typeKey(page, query[n - 1], `document.querySelector('.jobs-table__status')?.getAttribute('data-search') === ${JSON.stringify(query.slice(0, n))}`));
    }
  }
  return times;
}

const LISTEN_FOR_KEYS = `window.addEventListener('keydown', (e) => { window.__keyAt = e.timeStamp; }, true)`;

/** Presses `key` and resolves to the time from its keydown to the paint after `ready` (page code) holds, then pauses as a person would. */
async function typeKey(page: Page, key: string, ready: string): Promise<number> {
  const painted = page.evaluate(`(${AFTER_PAINT})(() => ${ready}, () => window.__keyAt)`);
  await page.keyboard.press(key === ' ' ? 'Space' : key);
  const time = (await painted) as number;
  await page.waitForTimeout(KEY_PAUSE_MS);
  return time;
}

/**
 * The same typing into a bare search box on an empty page in the same browser: what the
 * browser itself takes from a key to its paint, measured in the same run as the table.
 */
async function bareKeystrokes(page: Page): Promise<number[]> {
  await page.setContent('<input type="search" aria-label="Search"><p id="echo" data-search=""></p>');
  await page.evaluate(`document.querySelector('input').addEventListener('input', (e) => { const p = document.getElementById('echo'); p.dataset.search = e.target.value; p.textContent = e.target.value; }); ${LISTEN_FOR_KEYS}`);
  await page.focus('input');
  const times: number[] = [];
  let typed = '';
  for (const key of 'warehouse seattle acme forklift op pena r-10 cook tacoma zzz') {
    typed += key;
    times.push(await typeKey(page, key, `document.getElementById('echo').dataset.search === ${JSON.stringify(typed)}`));
  }
  return times;
}

/** A spreadsheet of `rows` jobs as people keep them: their own headers, US dates, statuses in words, pay as written. */
export function spreadsheetCsv(data: JobsData): string {
  const status: Record<StageId, string> = { saved: 'Saved', applied: 'Applied', interviewing: 'Interview', offer: 'Offer', accepted: 'Hired', declined: 'Declined', rejected: 'Rejected', withdrawn: 'Withdrew', 'no-response': 'No response' };
  const cell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const usDate = (date: string | null) => (date ? `${+date.slice(5, 7)}/${+date.slice(8, 10)}/${date.slice(0, 4)}` : '');
  const lines = ['Job Title,Company,Location,Date Applied,Status,Salary,Link,Notes'];
  for (const job of data.jobs) {
    const pay = job.pay ? `$${job.pay.min}-$${job.pay.max} per ${job.pay.period}` : '';
    lines.push([job.title, job.employer, job.location, usDate(job.stageAt), status[job.stage], pay, job.url, job.notes].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Importing a 10,000-row spreadsheet through the real import page: choosing the file until
 * the columns step is shown (read, decode, parse, guess), and Import until "Added" is shown
 * (every row read with the mapping and written to IndexedDB with its timeline). Seconds.
 */
async function csvImport(page: Page, origin: string, csv: string): Promise<{ read: number; write: number }> {
  await page.goto(`${origin}/#/jobs/import`);
  const rows = (csv.split('\r\n').length - 2).toLocaleString('en-US');
  return timedImport(
    page.getByLabel('Choose a CSV file'),
    { name: 'my-jobs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
    page.getByRole('button', { name: `Import ${rows} rows` }),
    page.getByText(`Added ${rows} jobs.`),
  );
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
const round = (n: number) => Number(n.toFixed(1));

export async function run(): Promise<Record<string, number>> {
  const data = generateJobs(10_000, 40_000, 1_000);
  const host = await startHost();
  // Frames are drawn as soon as there is something new, not at the next 60 Hz tick: a key
  // lands anywhere in a frame, so waiting for the tick would add 0–16.7 ms that no code can
  // remove. What is measured is the work from the key to its paint, which must fit in one frame.
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...chromiumArgs(), '--disable-frame-rate-limit', '--disable-gpu-vsync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const origin = await openSeeded(page, host.url, data);
    const board = await boardOpenings(page, origin, 6);
    const keys = await tableKeystrokes(page, origin);
    const bare = await bareKeystrokes(await browser.newPage({ viewport: { width: 1280, height: 800 } }));
    // The import runs in a fresh browser profile: an empty database, as for someone moving in their spreadsheet.
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const importPage = await fresh.newPage();
    await importPage.goto(host.url);
    const imported = await csvImport(importPage, new URL(host.url).origin, spreadsheetCsv(generateJobs(10_000, 20_000, 1, undefined, 7)));
    await fresh.close();
    if (process.env.JOBS_BENCH_DEBUG) console.error(`keystroke → paint, ms: ${keys.map((k) => Math.round(k)).join(' ')}`);
    return {
      table_filter_p95_ms: round(percentile(keys, 95)),
      table_filter_p50_ms: round(percentile(keys, 50)),
      table_filter_keys: keys.length,
      bare_input_p95_ms: round(percentile(bare, 95)),
      bare_input_p50_ms: round(percentile(bare, 50)),
      board_first_render_ms: round(percentile(board.first.slice(1), 50)),
      board_first_render_max_ms: round(Math.max(...board.first.slice(1))),
      board_complete_ms: round(percentile(board.complete.slice(1), 50)),
      csv_import_10k_s: round(imported.read + imported.write),
      csv_import_10k_read_s: round(imported.read),
      csv_import_10k_write_s: round(imported.write),
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}
