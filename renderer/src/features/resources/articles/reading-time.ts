import type { ArticleBlock, ArticleText } from './types';

/*
 * Slower than the 200–250 words a minute often quoted for adults: many of our readers
 * read in a second language, or read carefully because the subject is stressful.
 * An estimate that is too short feels like a failure; one that is a little long does not.
 */
const WORDS_PER_MINUTE = 180;

function countWords(text: string): number {
  const words = text.trim().split(/\s+/);
  return words[0] === '' ? 0 : words.length;
}

function blockWords(block: ArticleBlock): number {
  switch (block.type) {
    case 'paragraph':
    case 'tip':
      return countWords(block.text);
    case 'list':
    case 'steps':
    case 'checklist':
      return block.items.reduce((sum, item) => sum + countWords(item), 0);
    case 'sample':
      return countWords(block.label) + block.lines.reduce((sum, line) => sum + countWords(line), 0);
    case 'links':
      return 0; // Link names are short and the reader does not read the sites here.
  }
}

/** Every word the reader sees: title, summary, headings and all blocks. */
export function wordCount(text: ArticleText): number {
  let total = countWords(text.title) + countWords(text.summary);
  for (const section of text.sections) {
    total += countWords(section.heading);
    for (const block of section.blocks) total += blockWords(block);
  }
  return total;
}

/** Minutes to read, rounded up, and never less than 1 ("0 minutes" would look like a mistake). */
export function readingMinutes(text: ArticleText): number {
  return Math.max(1, Math.ceil(wordCount(text) / WORDS_PER_MINUTE));
}
