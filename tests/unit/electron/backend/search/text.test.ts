import { describe, expect, it } from 'vitest';
import { cjkPieces, fold, processTerm, queryTerms, tokenize, tokenizeQuery } from '../../../../../electron/backend/search/text';
import { findMatches, foldText, toOriginal } from '../../../../../electron/backend/search/locate';

describe('folding', () => {
  it('drops case and accents', () => {
    expect(fold('Résumé')).toBe('resume');
    expect(fold('Re\u0301sume\u0301')).toBe('resume');
    expect(fold('MÜLLER')).toBe('muller');
    expect(fold('Nguyễn')).toBe('nguyen');
    expect(fold('İstanbul')).toBe('istanbul');
  });

  it('folds letters that do not decompose, and compatibility forms', () => {
    expect(fold('Straße')).toBe('strasse');
    expect(fold('Łódź')).toBe('lodz');
    expect(fold('Søren')).toBe('soren');
    expect(fold('ﬁnance')).toBe('finance');
    expect(fold('ＡＢＣ')).toBe('abc');
  });

  it('keeps marks that change a word (Indic vowel signs, kana voicing)', () => {
    expect(fold('किताब')).toBe('किताब');
    expect(fold('ガイド')).toBe('ガイド');
    expect(fold('مُهَنْدِس')).toBe('مهندس');
  });
});

describe('tokenising', () => {
  it('splits on anything that is not a letter, mark or digit', () => {
    expect(tokenize("C++ dev, 10 yrs (senior); e-mail: a.b@c.de")).toEqual(['C', 'dev', '10', 'yrs', 'senior', 'e', 'mail', 'a', 'b', 'c', 'de']);
    expect(tokenize('Re\u0301sume\u0301 – final')).toEqual(['Re\u0301sume\u0301', 'final']);
  });

  it('cuts CJK runs into bigrams plus the last character', () => {
    expect(tokenize('李小龙')).toEqual(['李小', '小龙', '龙']);
    expect(tokenize('Java开发')).toEqual(['Java', '开发', '发']);
    expect(tokenize('中')).toEqual(['中']);
    expect(tokenizeQuery('李小龙 中')).toEqual(['李小', '小龙', '中']);
    expect(cjkPieces('𠀋中', 5)).toEqual([['𠀋中', 5, 8], ['中', 7, 8]]);
  });

  it('leaves junk and empty terms out', () => {
    expect(processTerm('x'.repeat(65))).toBeNull();
    expect(processTerm('\u0301')).toBeNull();
    expect(queryTerms('.* ++ ()')).toEqual([]);
  });
});

describe('locating folded terms in the original text', () => {
  it('maps folded offsets back through length changes', () => {
    const source = 'Großstraße q\u0301x';
    const folded = foldText(source);
    expect(folded.folded).toBe('grossstrasse qx');
    expect(toOriginal(folded, folded.folded.indexOf('qx'))).toBe(source.indexOf('q'));
    expect(toOriginal(folded, folded.folded.length)).toBe(source.length);
  });

  it('finds whole words only, CJK anywhere', () => {
    expect(findMatches('lead, leader; LEAD', ['lead']).map((m) => [m.start, m.end])).toEqual([[0, 4], [14, 18]]);
    expect(findMatches('李小龙', ['小龙']).map((m) => [m.start, m.end])).toEqual([[1, 3]]);
  });
});
