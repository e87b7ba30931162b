import { afterAll, describe, expect, it } from 'vitest';
import type { CareerDb } from '../../../../../../../renderer/src/db/career-db';
import { importJobs, planJobsImport, previewJobsCsv } from '../../../../../../../renderer/src/features/jobs/data/csv';
import { freshDb } from '../../../../db/fresh-db';

const ROWS = 50_000;
const STATUSES = ['Applied', 'Interview', 'Rejected', 'Ghosted', 'Saved'];

function bigCsv(): Uint8Array {
  const lines = ['Job Title,Company,Location,Date Applied,Status,Salary,Notes'];
  for (let i = 0; i < ROWS; i++) {
    const date = `${(i % 12) + 1}/${(i % 28) + 1}/2024`;
    lines.push(`Warehouse Associate ${i},"Acme ${i % 500}, Inc.","Kent, WA",${date},${STATUSES[i % 5]},$18–$22 an hour,"Called ""Ana"" on Monday; follow up"`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

// How long the window could freeze: the longest gap between ticks of a timer that keeps
// re-arming itself while the work runs.
function watchGaps(): () => number {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    running = false;
    return longest;
  };
}

let db: CareerDb;
afterAll(() => db?.close());

describe('a 50,000-row CSV', () => {
  it('parses, plans and imports in chunks, and reports the times', async () => {
    const bytes = bigCsv();
    let stop = watchGaps();
    let started = performance.now();
    const preview = await previewJobsCsv(bytes);
    const parseMs = performance.now() - started;
    const parseGap = stop();
    expect(preview.parsed.rows).toHaveLength(ROWS);

    stop = watchGaps();
    started = performance.now();
    const plan = await planJobsImport(preview.parsed, preview.mapping, { dateOrder: preview.dateOrder.order, today: '2024-06-01' });
    const planMs = performance.now() - started;
    const planGap = stop();
    expect(plan.failures).toEqual([]);

    db = freshDb();
    stop = watchGaps();
    started = performance.now();
    const result = await importJobs(db, plan.jobs);
    const importMs = performance.now() - started;
    const importGap = stop();
    expect(result.added).toBe(ROWS);
    expect(await db.jobs.count()).toBe(ROWS);

    console.info(`jobs.csv_50k_bytes=${bytes.length}`);
    console.info(`jobs.csv_50k_parse_ms=${parseMs.toFixed(0)} longest_block_ms=${parseGap.toFixed(0)}`);
    console.info(`jobs.csv_50k_plan_ms=${planMs.toFixed(0)} longest_block_ms=${planGap.toFixed(0)}`);
    console.info(`jobs.csv_50k_import_fake_idb_ms=${importMs.toFixed(0)} longest_block_ms=${importGap.toFixed(0)}`);
    // Loose limits: this machine is slow and fake-indexeddb slower than a browser.
    expect(parseMs).toBeLessThan(20_000);
    expect(parseGap).toBeLessThan(1_000);
  }, 300_000);
});
