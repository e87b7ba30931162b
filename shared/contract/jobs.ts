import { z } from 'zod';
import { defineContract } from './define';

export const REMOTE_TYPES = ['remote', 'hybrid', 'on-site'] as const;
export type RemoteType = (typeof REMOTE_TYPES)[number];

export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** A day as YYYY-MM-DD, the form every date in a posting is reduced to. */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Pay as the posting states it: a single amount has min = max. */
export const PostingPaySchema = z.object({
  min: z.number().nonnegative().nullable(),
  max: z.number().nonnegative().nullable(),
  /** ISO 4217 code such as USD, when the posting names one. */
  currency: z.string().max(10).nullable(),
  period: z.enum(PAY_PERIODS).nullable(),
});
export type PostingPay = z.infer<typeof PostingPaySchema>;

/** A job posting read from a page's schema.org JobPosting data, ready to prefill the job form. */
export const JobPostingSchema = z.object({
  title: z.string(),
  employer: z.string().nullable(),
  /** Places joined for display, such as "Seattle, WA, US; Remote". */
  location: z.string().nullable(),
  /** Only "remote" can be read reliably from the data; null means the posting doesn't say. */
  remote: z.enum(REMOTE_TYPES).nullable(),
  pay: PostingPaySchema.nullable(),
  datePosted: IsoDay.nullable(),
  /** validThrough: the last day to apply. */
  deadline: IsoDay.nullable(),
  /** The employer's reference (identifier), shown as the job number. */
  jobNumber: z.string().nullable(),
  /** Such as "Full-time, Contractor". */
  employmentType: z.string().nullable(),
  /** Plain text, paragraphs and list items on their own lines, at most 100,000 characters. */
  description: z.string(),
  /** The site's host name, such as boards.example.com. */
  source: z.string(),
  /** The address the page was finally read from, after redirects. */
  url: z.string(),
});
export type JobPosting = z.infer<typeof JobPostingSchema>;

/** Why a posting could not be read; the renderer may offer "paste the text instead" for any of them. */
export const FETCH_FAILURES = [
  'not-web-address',
  'offline',
  'site-not-found',
  'connection-failed',
  'timeout',
  'secure-connection',
  'redirect-refused',
  'too-many-redirects',
  'http-error',
  'not-html',
  'too-large',
  'no-job-data',
] as const;
export type FetchFailure = (typeof FETCH_FAILURES)[number];

export const FetchPostingResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('found'), posting: JobPostingSchema }),
  /** `message` is written for the user: what happened and what to do next. */
  z.object({ status: z.literal('failed'), reason: z.enum(FETCH_FAILURES), message: z.string() }),
]);
export type FetchPostingResult = z.infer<typeof FetchPostingResultSchema>;

export const jobsContract = defineContract({
  /**
   * Reads a job page from the web (http and https only) and returns its JobPosting data.
   * The address is checked by the backend so that a bad one gets a plain-language result.
   */
  'jobs-fetch-posting': {
    args: z.object({ url: z.string().trim().min(1).max(4096) }).strict(),
    result: FetchPostingResultSchema,
  },
});
