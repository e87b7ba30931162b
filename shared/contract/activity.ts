import { z } from 'zod';
import { defineContract } from './define';
import { LANGUAGES } from './settings';

/** A calendar day as YYYY-MM-DD that really exists (no 2024-02-30). */
export const CalendarDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date like 2024-03-31')
  .refine((day) => {
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'is not a real date');

// Generous limits: a job's text fields may be long (100 KB), and the log must not refuse
// an activity derived from one. The PDF shortens what no page could hold.
const text = z.string().max(100_000);

/** One job-search activity as the log records it; the renderer owns these records. */
export const LogActivitySchema = z
  .object({
    date: CalendarDaySchema,
    /** Already in the user's language, such as "Applied for a job". */
    type: z.string().trim().min(1).max(200),
    employer: text,
    contactPerson: text,
    contactMethod: text,
    position: text,
    result: text,
  })
  .strict();
export type LogActivity = z.infer<typeof LogActivitySchema>;

export const ActivityExportArgsSchema = z
  .object({
    from: CalendarDaySchema,
    to: CalendarDaySchema,
    activities: z.array(LogActivitySchema).max(5000),
    title: z.string().trim().min(1).max(200).optional(),
    person: z
      .object({
        name: z.string().trim().max(200).optional(),
        /** The claimant ID the benefits office gave, printed so an auditor can match the log. */
        claimId: z.string().trim().max(100).optional(),
      })
      .strict()
      .optional(),
    /** The weekly requirement from settings (other states differ). */
    weeklyTarget: z.number().int().min(0).max(50),
    language: z.enum(LANGUAGES).default('en'),
    paper: z.enum(['letter', 'a4']).default('letter'),
  })
  .strict()
  .refine((args) => args.from <= args.to, { message: 'the start date is after the end date', path: ['to'] });
export type ActivityExportArgs = z.input<typeof ActivityExportArgsSchema>;

export const ActivityPdfSchema = z.object({
  /** A suggested name such as "Job search log 2024-03-01 to 2024-03-31.pdf". */
  fileName: z.string(),
  /** The PDF's bytes, base64-encoded so every transport can carry them. */
  base64: z.string(),
  pages: z.number().int().positive(),
  /** How many activities fell inside the range and were printed. */
  activityCount: z.number().int().nonnegative(),
});
export type ActivityPdf = z.infer<typeof ActivityPdfSchema>;

export const activityContract = defineContract({
  /**
   * Renders the job-search log for a date range as a printable PDF (weeks Sunday to
   * Saturday, each against the weekly target). Activities outside the range are left out.
   */
  'activity-export-pdf': { args: ActivityExportArgsSchema, result: ActivityPdfSchema },
});
