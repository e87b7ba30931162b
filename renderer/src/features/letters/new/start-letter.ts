import { initialValues, letterType } from '../../../../../shared/domain/letters';
import type { LetterLanguage, LetterTypeId } from '../../../../../shared/domain/letters/types';
import type { ContactRole } from '../../../../../shared/domain/jobs';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { createLetter, getMyDetails, type CareerDb } from '../../../db';
import { letterContext, loadLetterLinks } from '../data/letter-context';

/** Starts a draft of `type`, its fields merged from the job, the person and my details; it opens on the first step. */
export async function startLetter(
  db: CareerDb,
  input: { type: LetterTypeId; jobId: string | null; contactId: string | null; language: LetterLanguage },
  roleTitle: (role: ContactRole) => string,
): Promise<LetterRecord> {
  const def = letterType(input.type);
  const [me, links] = await Promise.all([getMyDetails(db), loadLetterLinks(db, input.jobId, input.contactId)]);
  const values = initialValues(def, letterContext(me, links, roleTitle));
  return createLetter(db, { ...input, values, step: def.steps[0].id });
}
