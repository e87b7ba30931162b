import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import { addJob, type NewJob } from '../../../../../../renderer/src/db/jobs-table';
import type { JobRow } from '../../../../../../renderer/src/db/rows';
import { moveJobToStage } from '../../../../../../renderer/src/db/stage-changes-table';
import { resetJobsStore } from '../../../../../../renderer/src/features/jobs/state/jobs-store';
import { NO_FILTERS, useTableState } from '../../../../../../renderer/src/features/jobs/table/table-state';
import type { StageId } from '../../../../../../shared/domain/jobs';
import { renderApp } from '../../../../../support/render-app';

type App = ReturnType<typeof renderApp>;
let current: App | null = null;

beforeEach(async () => {
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  resetJobsStore();
  useTableState.setState({ filters: NO_FILTERS, sort: { key: 'updated', dir: 'desc' }, moreOpen: false });
  localStorage.clear();
});

afterEach(async () => {
  await current?.cleanup();
  current = null;
});

/** The whole app at a jobs route, over the real backend, with the jobs already in Dexie. */
export function renderJobs(route: string): App {
  current = renderApp(route);
  return current;
}

/** Adds a job through the data layer, optionally walked through more stages (each a real timeline step). */
export async function seedJob(input: NewJob, then: Array<{ stage: StageId; at: string }> = []): Promise<JobRow> {
  const db = getDb();
  let job = await addJob(db, input);
  for (const step of then) job = (await moveJobToStage(db, job.id, step.stage, { at: step.at })).job;
  return job;
}

/** A board column (a region named by its stage). */
export async function column(name: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: new RegExp(`^${name}\\b`) });
  return heading.closest('section') as HTMLElement;
}

/** The card (its main button) for a job title, wherever it is on the board. */
export function card(title: string, where: HTMLElement = document.body): HTMLElement {
  return within(where).getByRole('button', { name: title });
}

/** Waits for the toast that says `text` and returns it. */
export async function toast(text: string | RegExp): Promise<HTMLElement> {
  const message = await screen.findByText(text, { selector: '.toast__message' });
  return message.closest('.toast') as HTMLElement;
}

/** Runs Dexie reads after the UI settled. */
export async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

/** Retries an expectation on the database until it holds. */
export function eventually(check: () => Promise<void>): Promise<void> {
  return waitFor(check, { timeout: 3000 });
}
