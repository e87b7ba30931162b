import { createApp } from '../app';
import type { Library } from '../documents/library';
import { saveLetter } from './save-letter';

/** The letters-* handlers: the renderer owns letters and drafts; the backend makes their files. */
export function lettersApp(library: () => Promise<Library>) {
  return createApp<'letters-save'>().method('letters-save', async (args) => saveLetter(await library(), args));
}
