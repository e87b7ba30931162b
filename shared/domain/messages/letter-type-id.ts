import { z } from 'zod';
import { LETTER_TYPES } from '../letters';
import type { LetterTypeId } from '../letters/types';

/** A letter type the app knows (from the letter types defined as data in shared/domain/letters). */
export const LetterTypeIdSchema = z.custom<LetterTypeId>(
  (value) => typeof value === 'string' && LETTER_TYPES.some((type) => type.id === value),
  'is not a letter type the app knows',
);
