import { describe, expect, it } from 'vitest';
import {
  ARTICLE_SOURCES,
  findArticle,
  listArticles,
  resolveArticle,
  type ArticleBlock,
  type ArticleSource,
  type ArticleText,
} from '../../../../../renderer/src/features/resources/articles';
import { readingMinutes, wordCount } from '../../../../../renderer/src/features/resources/articles/reading-time';
import { findLink } from '../../../../../renderer/src/features/resources/links';

function texts(source: ArticleSource): ArticleText[] {
  return Object.values(source.texts).filter((text): text is ArticleText => text !== undefined);
}

function blockStrings(block: ArticleBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'tip':
      return [block.text];
    case 'list':
    case 'steps':
    case 'checklist':
      return block.items;
    case 'sample':
      return [block.label, ...block.lines];
    case 'links':
      return block.ids;
  }
}

const text = (words: number): ArticleText => ({
  lang: 'en',
  title: '',
  summary: '',
  sections: [{ heading: '', blocks: [{ type: 'paragraph', text: Array(words).fill('word').join(' ') }] }],
});

describe('advice articles (data)', () => {
  it('has the four articles the product asks for, each with a unique slug', () => {
    const ids = ARTICLE_SOURCES.map((source) => source.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids).toEqual(
      expect.arrayContaining(['turning-down-an-interview', 'getting-ready-for-an-interview', 'resume-checklist', 'job-search-log']),
    );
  });

  it.each(ARTICLE_SOURCES.map((source) => [source.id, source] as const))('%s is complete in every language it has', (_id, source) => {
    expect(source.texts.en.lang).toBe('en');
    for (const [lang, body] of Object.entries(source.texts)) {
      expect(body.lang).toBe(lang);
      expect(body.title.trim()).not.toBe('');
      expect(body.summary.trim()).not.toBe('');
      expect(body.summary).not.toContain('\n');
      expect(body.sections.length).toBeGreaterThan(0);
      for (const section of body.sections) {
        expect(section.heading.trim()).not.toBe('');
        expect(section.blocks.length).toBeGreaterThan(0);
        for (const block of section.blocks) {
          const strings = blockStrings(block);
          expect(strings.length).toBeGreaterThan(0);
          for (const value of strings) expect(value.trim()).not.toBe('');
          if (block.type === 'links') for (const id of block.ids) expect(findLink(id)).toBeDefined();
        }
      }
    }
  });

  it('gives every article a reading time of at least one minute', () => {
    for (const source of ARTICLE_SOURCES) {
      for (const body of texts(source)) expect(readingMinutes(body)).toBeGreaterThanOrEqual(1);
    }
    for (const article of listArticles('en')) expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('works reading time out from the words, rounded up', () => {
    expect(wordCount(text(0))).toBe(0);
    expect(readingMinutes(text(0))).toBe(1);
    expect(readingMinutes(text(180))).toBe(1);
    expect(readingMinutes(text(181))).toBe(2);
    expect(readingMinutes(text(900))).toBe(5);
  });

  it('shows English, marked as a fallback, when there is no Spanish text yet', () => {
    const article = findArticle('resume-checklist', 'es');
    expect(article?.lang).toBe('en');
    expect(article?.isFallback).toBe(true);
    expect(findArticle('resume-checklist', 'en')?.isFallback).toBe(false);
    expect(findArticle('no-such-article', 'en')).toBeUndefined();
    expect(findArticle(undefined, 'en')).toBeUndefined();
  });

  it('uses a translation once one is written', () => {
    const spanish: ArticleText = { ...text(10), lang: 'es', title: 'Hola' };
    const article = resolveArticle({ id: 'x', texts: { en: text(10), es: spanish } }, 'es');
    expect(article).toMatchObject({ id: 'x', lang: 'es', title: 'Hola', isFallback: false });
  });

  it('builds the declining article on the three steps, with a sample email and a phone script', () => {
    const article = findArticle('turning-down-an-interview', 'en')!;
    const headings = article.sections.map((section) => section.heading).join(' | ');
    for (const step of ['Be sure', 'Act quickly', 'Be gracious']) expect(headings).toContain(step);
    const samples = article.sections.flatMap((section) => section.blocks).filter((block) => block.type === 'sample');
    expect(samples.length).toBeGreaterThanOrEqual(2);
  });

  it('states the Washington rules in the job-search log article', () => {
    const article = findArticle('job-search-log', 'en')!;
    const all = article.sections.flatMap((section) => section.blocks.flatMap(blockStrings)).join(' ');
    expect(all).toContain('at least 3 job-search activities');
    expect(all).toContain('30 days after your benefit year ends');
    expect(all).toMatch(/Other states|different/);
  });
});
