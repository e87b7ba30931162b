import fs from 'node:fs';
import path from 'node:path';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { createClient, type Client } from '../../../../../renderer/src/api/client';
import { memoryTransport } from '../../../../../renderer/src/api/transports/memory';
import { App } from '../../../../../renderer/src/app/App';
import { getDb } from '../../../../../renderer/src/db/career-db';
import { addEvent } from '../../../../../renderer/src/db/events-table';
import { useIcsImportStore } from '../../../../../renderer/src/features/schedule/ics/import-store';
import { resetScheduleUi } from '../../../../../renderer/src/features/schedule/page/schedule-store';
import { useReminderAlerts } from '../../../../../renderer/src/features/schedule/reminders/alerts-store';
import { resetScheduleServices } from '../../../../../renderer/src/features/schedule/reminders/ScheduleServices';
import { resetJobsStore } from '../../../../../renderer/src/features/jobs/state/jobs-store';
import { useSettingsStore } from '../../../../../renderer/src/stores/settings';
import { useToasts } from '../../../../../renderer/src/stores/toasts';
import { emptyEventFields, type EventFields, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import { makeTempDir, startTestBackend } from '../../../../support/backend';
import { recordingHost } from '../../../../support/recording-host';

let cleanups: Array<() => Promise<void>> = [];

beforeEach(async () => {
  const db = getDb();
  await db.open();
  await Promise.all(db.tables.map((table) => table.clear()));
  resetScheduleUi();
  resetScheduleServices();
  resetJobsStore();
  useIcsImportStore.setState({ current: { step: 'idle' } });
  useReminderAlerts.setState({ alerts: [] });
  localStorage.clear();
});

afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
  vi.restoreAllMocks();
});

/**
 * The whole app at `route` over a real backend on a temp folder. `wrap` can change what
 * the client answers (a canned list of missed reminders); everything else is real.
 */
export function renderSchedule(route: string, wrap: (client: Client) => Client = (c) => c): { client: Client; dataDir: string } {
  const temp = makeTempDir();
  const backend = startTestBackend(temp.dir, recordingHost());
  const client = wrap(createClient(memoryTransport(backend)));
  useSettingsStore.setState({ settings: null, info: null });
  useToasts.setState({ toasts: [] });
  window.location.hash = `#${route}`;
  const view = render(<App client={client} />);
  cleanups.push(async () => {
    view.unmount();
    await backend.close().catch(() => undefined);
    await temp.cleanup();
  });
  return { client, dataDir: temp.dir };
}

/** Adds an event through the data layer (Los Angeles time unless the fields say otherwise). */
export function seedEvent(patch: Partial<EventFields> & { start: string; end: string }): Promise<ScheduleEvent> {
  return addEvent(getDb(), { ...emptyEventFields(patch.start, patch.end, 'America/Los_Angeles'), title: 'Event', ...patch });
}

/** Waits for the toast that says `text` and returns it. */
export async function findToast(text: string | RegExp): Promise<HTMLElement> {
  const message = await screen.findByText(text, { selector: '.toast__message' });
  return message.closest('.toast') as HTMLElement;
}

/** Lets Dexie's live queries answer after a change. */
export async function settle(ms = 30): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, ms));
  });
}

/** Retries an expectation until it holds (database writes are asynchronous). */
export function eventually(check: () => void | Promise<void>, timeout = 3000): Promise<void> {
  return waitFor(check, { timeout });
}

/** Presses a key on an element, as the keyboard does. */
export function press(element: Element, key: string, modifiers: { altKey?: boolean; shiftKey?: boolean } = {}): void {
  fireEvent.keyDown(element, { key, code: key, ...modifiers });
}

const REAL_ICS = path.resolve(process.cwd(), '../shared/fixtures/real/ics');

/** A real-world calendar file from ../shared/fixtures, as the file picker hands it over. */
export function fixtureFile(name: string): File {
  return new File([fs.readFileSync(path.join(REAL_ICS, name))], name, { type: 'text/calendar' });
}

/** True when the real-world fixtures are beside this clone (CI has them). */
export const haveFixtures = fs.existsSync(REAL_ICS);

/** Chooses a file in the page's hidden file input, as the file dialog does. */
export function chooseFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

export interface Download {
  name: string;
  blob: Blob;
}

/** Catches the files the page offers for download (Blob, object URL, <a download>) instead of following the link. */
export function catchDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob: Blob | MediaSource) => {
    const url = `blob:schedule-test/${blobs.size + 1}`;
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
