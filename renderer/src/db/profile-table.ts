import { MyDetailsSchema } from '../../../shared/contract/letters';
import type { MyDetails } from '../../../shared/domain/letters/types';
import type { CareerDb } from './career-db';
import { nowIso } from './clock';
import { validate } from './errors';

/** The one profile row's key: the app keeps the user's own details once. */
export const PROFILE_ID = 'me';

/** My details as stored. */
export interface ProfileRow extends MyDetails {
  id: typeof PROFILE_ID;
  updatedAt: string;
}

/** Blank details, before the user has entered any. */
export function emptyMyDetails(): MyDetails {
  return { name: '', email: '', phone: '', address: '', links: [] };
}

/** The user's details for letters; blank when they have not entered any yet. */
export async function getMyDetails(db: CareerDb): Promise<MyDetails> {
  const row = await db.profile.get(PROFILE_ID);
  if (!row) return emptyMyDetails();
  const { name, email, phone, address, links } = row;
  return { name, email, phone, address, links };
}

/** Saves the user's details (replacing what was there): spaces around lines trimmed, blank links dropped. */
export async function saveMyDetails(db: CareerDb, details: MyDetails): Promise<MyDetails> {
  const clean: MyDetails = {
    name: details.name.trim(),
    email: details.email.trim(),
    phone: details.phone.trim(),
    // Keep the address's own line breaks, but not blank lines around it.
    address: details.address
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim(),
    links: details.links.map((link) => link.trim()).filter(Boolean),
  };
  const valid = validate(MyDetailsSchema, clean, 'profile');
  await db.profile.put({ ...valid, id: PROFILE_ID, updatedAt: nowIso() });
  return valid;
}
