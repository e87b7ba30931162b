import type { MyDetails } from '../../../../shared/domain/letters/types';

/** The form's values: the links as typed, one on each line. */
export interface MyDetailsDraft {
  name: string;
  email: string;
  phone: string;
  address: string;
  links: string;
}

/** Which message a field shows; the words live in the translation files. */
export type MyDetailsProblemKey = 'nameRequired' | 'nameTooLong' | 'emailInvalid' | 'phoneTooLong' | 'addressTooLong' | 'tooManyLinks' | 'linkTooLong';

export interface MyDetailsProblem {
  field: keyof MyDetailsDraft;
  key: MyDetailsProblemKey;
}

// The limits of MyDetailsSchema (shared/contract/letters.ts), checked here so each field can say how to fix it.
const EMAIL = /^[^\s@]+@[^\s@]+$/;
export const MAX_LINKS = 10;

function linkLines(links: string): string[] {
  return links
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** What is wrong with the form, in field order; empty when it can be saved. A letter needs at least a name. */
export function myDetailsProblems(draft: MyDetailsDraft): MyDetailsProblem[] {
  const problems: MyDetailsProblem[] = [];
  const name = draft.name.trim();
  if (!name) problems.push({ field: 'name', key: 'nameRequired' });
  else if (name.length > 200) problems.push({ field: 'name', key: 'nameTooLong' });
  const email = draft.email.trim();
  if (email && (!EMAIL.test(email) || email.length > 320)) problems.push({ field: 'email', key: 'emailInvalid' });
  if (draft.phone.trim().length > 100) problems.push({ field: 'phone', key: 'phoneTooLong' });
  if (draft.address.trim().length > 1000) problems.push({ field: 'address', key: 'addressTooLong' });
  const links = linkLines(draft.links);
  if (links.length > MAX_LINKS) problems.push({ field: 'links', key: 'tooManyLinks' });
  else if (links.some((link) => link.length > 2000)) problems.push({ field: 'links', key: 'linkTooLong' });
  return problems;
}

/** The form's starting values from the stored details. */
export function myDetailsDraft(details: MyDetails): MyDetailsDraft {
  return { ...details, links: details.links.join('\n') };
}

/** The details to store (the table trims the rest). */
export function fromDraft(draft: MyDetailsDraft): MyDetails {
  return { name: draft.name, email: draft.email, phone: draft.phone, address: draft.address, links: linkLines(draft.links) };
}
