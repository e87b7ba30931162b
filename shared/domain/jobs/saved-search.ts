import { z } from 'zod';
import { JobFilterSchema } from './filter';
import { RecordIdSchema } from './job';

/** A named filter over the user's jobs that remembers when it was last opened. */
export const SavedSearchSchema = z.object({
  id: RecordIdSchema,
  name: z
    .string()
    .max(200, 'A name is limited to 200 characters.')
    .refine((n) => n.trim() !== '', 'Give the search a name.'),
  filter: JobFilterSchema,
  /** When the user last opened it; jobs added after this are "new". Null until first opened. */
  lastViewedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SavedSearch = z.infer<typeof SavedSearchSchema>;
