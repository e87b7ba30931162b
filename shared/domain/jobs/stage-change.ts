import { z } from 'zod';
import { CalendarDateSchema, RecordIdSchema } from './job';
import { STAGES } from './stages';

/** One step on a job's timeline. `at` is the date the user says it happened, which they can edit. */
export const StageChangeSchema = z.object({
  id: RecordIdSchema,
  jobId: RecordIdSchema,
  stage: z.enum(STAGES),
  at: CalendarDateSchema,
  // One line: the timeline shows it beside the date, and the CSV stores one change per line.
  note: z
    .string()
    .max(2000, 'A stage note is limited to 2,000 characters.')
    .refine((n) => !/[\r\n]/.test(n), 'A stage note is one line.'),
  /** When it was recorded; breaks ties between changes on the same date. */
  createdAt: z.iso.datetime(),
  /**
   * The date was not known (an imported row with a stage but no date got the import day).
   * Such changes stay on the timeline but never count as job-search activities.
   */
  dateUnknown: z.boolean().optional(),
});
export type StageChange = z.infer<typeof StageChangeSchema>;
