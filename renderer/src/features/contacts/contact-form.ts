import { TEXT_LIMIT, emptyContactFields, type Contact, type ContactFields } from '../../../../shared/domain/jobs';

/** Which message a field shows; the words live in the translation files. */
export type ContactProblemKey = 'nameRequired' | 'nameTooLong' | 'emailInvalid' | 'phoneTooLong' | 'tooLong';

export interface ContactProblem {
  field: keyof ContactFields;
  key: ContactProblemKey;
}

// The same rules as the stored schema (ContactFieldsSchema), checked first so each field can say how to fix it.
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** What is wrong with a contact form, in field order; empty when it can be saved. */
export function contactProblems(draft: ContactFields): ContactProblem[] {
  const problems: ContactProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ field: 'name', key: 'nameRequired' });
  else if (name.length > 300) problems.push({ field: 'name', key: 'nameTooLong' });
  if (draft.employer.length > TEXT_LIMIT) problems.push({ field: 'employer', key: 'tooLong' });
  const email = draft.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 320)) problems.push({ field: 'email', key: 'emailInvalid' });
  if (draft.phone.trim().length > 100) problems.push({ field: 'phone', key: 'phoneTooLong' });
  if (draft.notes.length > TEXT_LIMIT) problems.push({ field: 'notes', key: 'tooLong' });
  return problems;
}

/** The form's values ready to store: spaces around one-line fields removed. */
export function cleanContact(draft: ContactFields): ContactFields {
  return { ...draft, name: draft.name.trim(), employer: draft.employer.trim(), email: draft.email.trim(), phone: draft.phone.trim() };
}

/** The form's starting values: the contact's own, or blank for a new one. */
export function contactDraft(contact: Contact | null): ContactFields {
  if (!contact) return emptyContactFields();
  const { name, role, employer, email, phone, notes } = contact;
  return { name, role, employer, email, phone, notes };
}
