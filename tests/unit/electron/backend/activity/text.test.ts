import { beforeAll, describe, expect, it } from 'vitest';
import { drawable, FONT_FILES, findFontFile, loadFont, type LoadedFont } from '../../../../../electron/backend/activity/font';
import { shorten, wrapText } from '../../../../../electron/backend/activity/text-wrap';

let font: LoadedFont;
beforeAll(async () => {
  font = await loadFont(FONT_FILES.regular);
});

// One point per character: easy to reason about line lengths.
const mono = (text: string) => Array.from(text).length;

describe('drawable', () => {
  it('keeps Latin accents, Vietnamese, Greek and Cyrillic, composing decomposed accents', () => {
    expect(drawable('José Müller-Nguyễn, Zoë Ελένη, Ольга', font)).toBe('José Müller-Nguyễn, Zoë Ελένη, Ольга');
    expect(drawable('Jose\u0301', font)).toBe('José');
  });

  it('replaces characters the font lacks with "?" and drops invisible joiners and modifiers', () => {
    expect(drawable('東京 👍🏽 👨‍👩‍👧 ok', font)).toBe('?? ? ??? ok');
    expect(drawable('soft\u00adhyphen\u200b\ufeff', font)).toBe('softhyphen');
  });

  it('drops control characters, turns tabs into spaces and every line ending into \\n', () => {
    expect(drawable('a\tb\u0007c\r\nd\re\u2028f', font)).toBe('a bc\nd\ne\nf');
  });

  it('never throws on lone surrogates', () => {
    expect(drawable('a\ud800b', font)).toBe('a?b');
  });
});

describe('wrapText', () => {
  it('breaks at spaces and keeps line breaks, collapsing blank lines', () => {
    expect(wrapText('one two three four\n\n\nfive', 9, mono)).toEqual(['one two', 'three', 'four', '', 'five']);
  });

  it('breaks a word longer than the line by characters, without splitting an emoji', () => {
    expect(wrapText('https://example.com/abc', 10, mono)).toEqual(['https://ex', 'ample.com/', 'abc']);
    expect(wrapText('😀😀😀', 2, mono)).toEqual(['😀😀', '😀']);
  });

  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', 10, mono)).toEqual([]);
    expect(wrapText(' \n ', 10, mono)).toEqual([]);
  });
});

describe('shorten', () => {
  it('cuts long text at a space and says it was shortened', () => {
    expect(shorten('alpha beta gamma delta', 17, '…')).toBe('alpha beta gamma…');
    expect(shorten('short', 17, '…')).toBe('short');
  });
});

describe('findFontFile', () => {
  it('finds the shipped fonts under resources/fonts', () => {
    expect(findFontFile(FONT_FILES.regular)).toMatch(/resources[/\\]fonts[/\\]DejaVuSansCondensed\.ttf$/);
    expect(findFontFile(FONT_FILES.bold)).toMatch(/DejaVuSansCondensed-Bold\.ttf$/);
    expect(findFontFile('missing.ttf')).toBeNull();
  });
});
