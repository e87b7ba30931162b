import type { LinkId } from '../links';

/** Languages an article can be written in: the same two as the app's menus. */
export type ArticleLang = 'en' | 'es';

/**
 * One piece of an article section. Kept to a few plain kinds so a translator can
 * edit an article file without knowing React, and so every kind is styled once.
 */
export type ArticleBlock =
  | { type: 'paragraph'; text: string }
  /** A bulleted list: items in no particular order. */
  | { type: 'list'; items: string[] }
  /** A numbered list: items the reader does in order. */
  | { type: 'steps'; items: string[] }
  /** Items the reader can tick off, one by one, while going through their own work. */
  | { type: 'checklist'; items: string[] }
  /** A short sample letter or phone script, shown as a quotation. Each line is a paragraph; \n breaks a line inside one (a signature). */
  | { type: 'sample'; label: string; lines: string[] }
  /** A short side note: a reassurance or a warning the reader should not miss. */
  | { type: 'tip'; text: string }
  /** Links to websites from the Resources link list (see ../links.ts). */
  | { type: 'links'; ids: LinkId[] };

export interface ArticleSection {
  heading: string;
  blocks: ArticleBlock[];
}

/** The text of an article in one language. */
export interface ArticleText {
  lang: ArticleLang;
  title: string;
  /** One line: what the reader gets from the article. */
  summary: string;
  sections: ArticleSection[];
}

/**
 * An article as stored: always an English text, plus translations as they get
 * written. A missing translation falls back to English.
 */
export interface ArticleSource {
  /** The slug in the address: /resources/<id>. Never change it once released; links and bookmarks use it. */
  id: string;
  texts: { en: ArticleText } & Partial<Record<Exclude<ArticleLang, 'en'>, ArticleText>>;
}

/** What a page shows: the best text for the reader's language, plus facts worked out from it. */
export interface Article extends ArticleText {
  id: string;
  readingMinutes: number;
  /** True when the reader's language has no translation yet, so the English text is shown. */
  isFallback: boolean;
}
