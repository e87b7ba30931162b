import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { getDb } from '../../../../../../renderer/src/db/career-db';
import type { JobRow } from '../../../../../../renderer/src/db/rows';
import { useAddJob } from '../../../../../../renderer/src/features/jobs/adding/form/store';
import { useCsvImport } from '../../../../../../renderer/src/features/jobs/csv-ui/import-store';
import { renderApp } from '../../../../../support/render-app';

type App = ReturnType<typeof renderApp>;
let current: App | null = null;

/** Every test starts with no jobs, an empty add form and the import at its first step. */
beforeEach(async () => {
  const db = getDb();
  await Promise.all(db.tables.map((table) => table.clear()));
  useAddJob.getState().reset();
  useCsvImport.setState({ view: { step: 'choose', problem: null }, moves: 0 });
});

afterEach(async () => {
  await current?.cleanup();
  current = null;
  vi.unstubAllGlobals();
});

/** The whole app at `route` over the real backend. */
export function renderAdding(route = '/jobs/new'): App {
  current = renderApp(route);
  return current;
}

/** Types into the field with this label, as a change event. */
export function type(label: string | RegExp, value: string): HTMLElement {
  const field = screen.getByLabelText(label);
  fireEvent.change(field, { target: { value } });
  return field;
}

/** Waits until the database holds `count` jobs, and returns them. */
export async function jobsInDb(count: number): Promise<JobRow[]> {
  let jobs: JobRow[] = [];
  await waitFor(
    async () => {
      jobs = await getDb().jobs.toArray();
      if (jobs.length !== count) throw new Error(`${jobs.length} jobs, waiting for ${count}`);
    },
    { timeout: 5000 },
  );
  return jobs;
}
