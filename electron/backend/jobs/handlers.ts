import { createApp } from '../app';
import type { FetchLimits } from './fetch-page';
import { readPostingFromUrl } from './read-posting';

/** The jobs-* handlers; the job records themselves live in the renderer (Dexie). */
export function jobsApp(limits: FetchLimits = {}) {
  return createApp<'jobs-fetch-posting'>().method('jobs-fetch-posting', ({ url }) => readPostingFromUrl(url, limits));
}
