import { z } from 'zod';
import { RecordIdSchema, textField } from './job';

/** Who a contact is to the user. */
export const CONTACT_ROLES = ['recruiter', 'hiring-manager', 'referral', 'reference', 'counsellor', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** What the user edits about a person. */
export const ContactFieldsSchema = z.object({
  name: z
    .string()
    .max(300, 'A name is limited to 300 characters.')
    .refine((n) => n.trim() !== '', 'A contact needs a name.'),
  role: z.enum(CONTACT_ROLES),
  employer: textField('The employer'),
  email: z.string().max(320).refine((e) => e === '' || /^[^\s@]+@[^\s@]+$/.test(e), 'That email address looks incomplete.'),
  phone: z.string().max(100),
  notes: textField('The notes'),
});
export type ContactFields = z.infer<typeof ContactFieldsSchema>;

/** A recruiter, hiring manager, referral, reference or counsellor. Jobs link to them by id. */
export const ContactSchema = ContactFieldsSchema.extend({
  id: RecordIdSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** A blank contact form. */
export function emptyContactFields(): ContactFields {
  return { name: '', role: 'other', employer: '', email: '', phone: '', notes: '' };
}
