import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, neutraliseCell, restoreCell, toCsv } from '../../../../../../../renderer/src/features/jobs/data/csv';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeCsvBytes', () => {
  it('reads UTF-8 with or without a BOM, and drops the BOM', () => {
    const text = 'Title,Company\r\nTécnico,株式会社 🍕\r\n';
    const plain = new TextEncoder().encode(text);
    expect(decodeCsvBytes(plain)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('falls back to Windows-1252 for Excel’s "CSV" on Western Windows, € and smart quotes included', () => {
    // "Peña;“Cajero”;€18" as Excel (Spanish Windows) saves it.
    const ansi = bytes(0x50, 0x65, 0xf1, 0x61, 0x3b, 0x93, 0x43, 0x61, 0x6a, 0x65, 0x72, 0x6f, 0x94, 0x3b, 0x80, 0x31, 0x38);
    expect(decodeCsvBytes(ansi)).toEqual({ text: 'Peña;“Cajero”;€18', encoding: 'windows-1252' });
  });

  it('reads Excel’s "Unicode text" (UTF-16 with a BOM)', () => {
    const le = bytes(0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0xf1, 0x00);
    expect(decodeCsvBytes(le)).toEqual({ text: 'A\tñ', encoding: 'utf-16le' });
    expect(decodeCsvBytes(bytes(0xfe, 0xff, 0x00, 0x41))).toEqual({ text: 'A', encoding: 'utf-16be' });
  });
});

describe('formula neutralising', () => {
  it.each([
    ['=HYPERLINK("http://evil","click")', `'=HYPERLINK("http://evil","click")`],
    ['+1 206 555 0100', `'+1 206 555 0100`],
    ['-5 years experience', `'-5 years experience`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=cmd', `'\t=cmd`],
    ['\r=cmd', `'\r=cmd`],
    [`'=already quoted`, `''=already quoted`],
    ['Forklift = good', 'Forklift = good'],
    [`'quoted but harmless`, `'quoted but harmless`],
  ])('%j becomes %j and comes back', (cell, safe) => {
    expect(neutraliseCell(cell)).toBe(safe);
    expect(restoreCell(safe)).toBe(cell);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF rows and quotes only where needed', () => {
    const { text } = toCsv(['Title', 'Notes', 'Pay'], [
      ['Cook, line', 'said "hi"', 18.5],
      [' padded', 'two\nlines', null],
      ['Técnico 🚜', '株式会社', 0],
    ]);
    expect(text).toBe('\uFEFFTitle,Notes,Pay\r\n"Cook, line","said ""hi""",18.5\r\n" padded","two\nlines",\r\nTécnico 🚜,株式会社,0\r\n');
  });

  it('neutralises formula text, even across a line break, but leaves numbers alone', () => {
    const { text } = toCsv(['A', 'B', 'C'], [['=1+2\nsecond line', -5, '-5']]);
    expect(text).toBe(`\uFEFFA,B,C\r\n"'=1+2\nsecond line",-5,"'-5"\r\n`);
  });

  it('counts cells Excel would cut and uses another delimiter when asked', () => {
    const { text, longCells } = toCsv(['A', 'B'], [['x'.repeat(32_768), '1,5']], { delimiter: ';' });
    expect(longCells).toBe(1);
    expect(text.endsWith(';1,5\r\n')).toBe(true);
  });
});
