import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { LogActivity } from '../../../../../shared/contract/activity';

/** poppler-utils is installed by .ci/run; on a machine without it the text checks are skipped. */
export const hasPoppler = !spawnSync('pdftotext', ['-v']).error;

/** Writes the PDF into `dir` and returns its text, one string per page (pdftotext splits pages with form feeds). */
export function pdfPages(bytes: Uint8Array, dir: string, name = 'log.pdf'): string[] {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('\f').slice(0, -1);
}

/** Collapses all whitespace, so a check doesn't depend on where a cell wrapped. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** An activity with every field filled, overridable. */
export function activity(date: string, overrides: Partial<LogActivity> = {}): LogActivity {
  return {
    date,
    type: 'Applied for a job',
    employer: 'Northwind Traders',
    contactPerson: 'Dana Lee',
    contactMethod: 'Online application',
    position: 'Warehouse associate',
    result: 'Application submitted; waiting to hear back.',
    ...overrides,
  };
}
