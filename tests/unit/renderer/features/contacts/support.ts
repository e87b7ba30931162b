import { screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { addJob, getDb, moveJobToStage, type NewJob } from '../../../../../renderer/src/db';
import type { StageId } from '../../../../../shared/domain/jobs';
import { renderApp } from '../../../../support/render-app';

type App = ReturnType<typeof renderApp>;

let current: App | null = null;

// Every test starts from empty records: the app's one database, emptied table by table.
beforeEach(async () => {
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
});
afterEach(async () => {
  await current?.cleanup();
  current = null;
  vi.restoreAllMocks();
  localStorage.clear();
});

/** The whole app at `route` over the real backend; cleaned up after the test. */
export function renderAt(route: string): App {
  current = renderApp(route);
  return current;
}

/** Adds a job through the data layer (saved on the first stage's date) and moves it through `stages` ([stage, date] pairs). */
export async function seedJob(fields: NewJob, stages: [StageId, string][] = []) {
  let job = await addJob(getDb(), { stageAt: stages[0]?.[1], ...fields });
  for (const [stage, at] of stages) job = (await moveJobToStage(getDb(), job.id, stage, { at })).job;
  return job;
}

/** The toast whose message matches, for clicking its Undo. */
export async function findToast(message: string | RegExp): Promise<HTMLElement> {
  const text = await screen.findByText(message);
  return text.closest('.toast') as HTMLElement;
}

export interface Download {
  name: string;
  blob: Blob;
}

/**
 * Catches files the page offers for download (Blob + object URL + <a download>) instead
 * of letting happy-dom follow the link.
 */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
  return downloads;
}
