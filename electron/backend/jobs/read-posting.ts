import type { FetchPostingResult } from '../../../shared/contract/jobs';
import { fetchPage, type FetchLimits } from './fetch-page';
import { readJobPosting } from './job-posting';
import { failures } from './messages';

/** Fetches a job page and reads its JobPosting data: the posting, or a failure the user can act on. */
export async function readPostingFromUrl(url: string, limits: FetchLimits = {}): Promise<FetchPostingResult> {
  const page = await fetchPage(url, limits);
  if (!page.ok) return { status: 'failed', reason: page.reason, message: page.message };
  const { posting, scripts, unreadable } = readJobPosting(page.html, page.finalUrl);
  if (posting) return { status: 'found', posting };
  // "Damaged" only when every script failed: then the data was there but unreadable.
  const { reason, message } = failures.noJobData(scripts > 0 && unreadable === scripts);
  return { status: 'failed', reason, message };
}
