import filenamify from 'filenamify';
import { describe, expect, it } from 'vitest';
import { fileNameKey, nameTakenIn, safeFileName, splitExtension, uniqueFileName } from '../../../../../electron/backend/documents/safe-name';

const bytes = (s: string) => Buffer.byteLength(s);

// [input, expected]
const CASES: [string, string][] = [
  ['résumé – final (2).pdf', 'résumé – final (2).pdf'],
  ['Lebenslauf.PDF', 'Lebenslauf.PDF'],
  ['console.pdf', 'console.pdf'],
  ['COM10.txt', 'COM10.txt'],
  ['Meeting v2.0 final draft', 'Meeting v2.0 final draft'],
  ['👩‍💻 CV.pdf', '👩‍💻 CV.pdf'],
  ['CON.pdf', 'CON_.pdf'],
  ['con', 'con_'],
  ['LPT9.txt', 'LPT9_.txt'],
  ['COM¹.txt', 'COM¹_.txt'],
  ['lpt³', 'lpt³_'],
  ['Nul.txt', 'Nul_.txt'],
  ['aux.tar.gz', 'aux_.tar.gz'],
  ['con .pdf', 'con_.pdf'],
  ['prn', 'prn_'],
  ['CONOUT$.log', 'CONOUT$_.log'],
  ['com0', 'com0_'],
  ['a/b\\c:*?"<>|.pdf', 'a-b-c.pdf'],
  ['Q&A: notes.docx', 'Q&A notes.docx'],
  ['The "Best" Resume.pdf', 'The Best Resume.pdf'],
  ['Meeting 10:30.txt', 'Meeting 10-30.txt'],
  ['CV / Resume.pdf', 'CV - Resume.pdf'],
  ['What?.pdf', 'What.pdf'],
  ['a\u0000b\u0007c.pdf', 'a-b-c.pdf'],
  ['tab\there\r\nnewline.pdf', 'tab here newline.pdf'],
  ['file\u00A0name.pdf', 'file name.pdf'],
  ['cv\u202Efdp.exe', 'cvfdp.exe'],
  ['zero\u200Bwidth\uFEFF.txt', 'zerowidth.txt'],
  ['lone \uD800 surrogate.txt', 'lone  surrogate.txt'],
  ['می\u200Cخواهم.txt', 'می\u200Cخواهم.txt'],
  ['~$resume.docx', 'resume.docx'],
  ['   .hidden.  ', 'hidden'],
  ['.pdf', 'pdf'],
  ['...', 'Document'],
  ['..', 'Document'],
  ['', 'Document'],
  ['   ', 'Document'],
  ['***.pdf', 'Document.pdf'],
  ['name.', 'name'],
  ['name . . ', 'name'],
  ['  spaced  name  .pdf', 'spaced  name.pdf'],
  ['e\u0301te\u0301.txt', 'été.txt'],
  ['report.a b', 'report.a b'],
];

/** Checks every rule at once, whatever the input. */
function expectSafe(out: string) {
  expect(bytes(out)).toBeLessThanOrEqual(200);
  expect(out.length).toBeGreaterThan(0);
  expect(out).toBe(out.normalize('NFC'));
  // eslint-disable-next-line no-control-regex
  expect(out).not.toMatch(/[<>:"/\\|?*\u0000-\u001F\p{Cs}]/u);
  expect(out).not.toMatch(/^[ .]|[ .]$/u);
  expect(out).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/iu);
  expect(Buffer.from(out, 'utf8').toString('utf8')).toBe(out); // nothing lost in UTF-8
  expect(safeFileName(out)).toBe(out); // stable: a safe name comes back unchanged
}

describe('safeFileName', () => {
  it.each(CASES)('%j → %j', (input, expected) => {
    const out = safeFileName(input);
    expect(out).toBe(expected);
    expectSafe(out);
  });

  it('agrees with filenamify that nothing is left to fix (ZWNJ aside, which filenamify strips)', () => {
    for (const [input] of CASES.filter(([i]) => !i.includes('\u200C'))) {
      const out = safeFileName(input);
      expect(filenamify(out, { maxLength: 1000 }), input).toBe(out);
    }
  });

  it('uses the fallback when nothing is left, and makes the fallback safe too', () => {
    expect(safeFileName('', 'Cover letter')).toBe('Cover letter');
    expect(safeFileName('???.docx', 'Cover letter')).toBe('Cover letter.docx');
    expect(safeFileName('???', 'CON')).toBe('CON_');
    expect(safeFileName('???', '...')).toBe('Document');
  });

  it('cuts a 300-character name to 200 bytes and keeps the extension', () => {
    const out = safeFileName(`${'x'.repeat(300)}.pdf`);
    expect(out).toBe(`${'x'.repeat(196)}.pdf`);
    expectSafe(out);
  });

  it('counts bytes, not characters: 300 CJK characters (3 bytes each)', () => {
    const out = safeFileName(`${'履'.repeat(300)}.pdf`);
    expect(out).toBe(`${'履'.repeat(65)}.pdf`);
    expectSafe(out);
  });

  it('never splits an emoji, a ZWJ sequence or a combining sequence', () => {
    const smileys = safeFileName(`${'😀'.repeat(100)}.pdf`);
    expect(smileys).toBe(`${'😀'.repeat(49)}.pdf`);
    expectSafe(smileys);

    const family = '👨‍👩‍👧‍👦'; // 25 bytes, one grapheme
    const families = safeFileName(family.repeat(20));
    expect(families).toBe(family.repeat(8));
    expectSafe(families);

    const dotted = 'q\u0307'; // no precomposed form, stays two code points
    const out = safeFileName(`${dotted.repeat(100)}.txt`);
    expect(out).toBe(`${dotted.repeat(65)}.txt`);
    expectSafe(out);
  });

  it('cuts a long name without extension, and treats an over-long "extension" as part of the name', () => {
    expect(safeFileName('a'.repeat(300))).toBe('a'.repeat(200));
    const out = safeFileName(`${'r'.repeat(250)}.${'x'.repeat(20)}`);
    expect(out).toBe('r'.repeat(200));
    expectSafe(out);
  });

  it('does not end the cut name in a space or dot, nor leave a reserved name behind', () => {
    expect(safeFileName(`${'a'.repeat(195)} ${'b'.repeat(10)}.pdf`)).toBe(`${'a'.repeat(195)}.pdf`);
    expect(safeFileName(`CON${' '.repeat(300)}x`)).toBe('CON_');
  });
});

describe('splitExtension', () => {
  it.each([
    ['a.tar.gz', ['a.tar', '.gz']],
    ['.bashrc', ['.bashrc', '']],
    ['noext', ['noext', '']],
    ['résumé.PDF', ['résumé', '.PDF']],
    ['name.', ['name.', '']],
    ['..', ['..', '']],
    ['..x', ['..x', '']],
    ['', ['', '']],
  ])('%j → %j', (input, expected) => {
    expect(splitExtension(input)).toEqual(expected);
  });
});

describe('uniqueFileName', () => {
  it('keeps a free name', async () => {
    expect(await uniqueFileName('Resume.pdf', nameTakenIn(['Other.pdf']))).toBe('Resume.pdf');
  });

  it('sees a name taken in another case or Unicode normalisation, as Windows and macOS do', async () => {
    expect(await uniqueFileName('Resume.pdf', nameTakenIn(['RESUME.pdf']))).toBe('Resume (2).pdf');
    expect(await uniqueFileName('résumé.pdf', nameTakenIn(['re\u0301sume\u0301.PDF']))).toBe('résumé (2).pdf');
    expect(fileNameKey('Re\u0301sume\u0301.PDF')).toBe(fileNameKey('résumé.pdf'));
  });

  it('counts up past every taken number', async () => {
    const taken = nameTakenIn(['a.pdf', 'a (2).pdf', 'A (3).PDF']);
    expect(await uniqueFileName('a.pdf', taken)).toBe('a (4).pdf');
    expect(await uniqueFileName('notes', nameTakenIn(['notes']))).toBe('notes (2)');
  });

  it('continues the count of a name that already ends in " (2)"', async () => {
    expect(await uniqueFileName('Letter (2).pdf', nameTakenIn(['Letter (2).pdf']))).toBe('Letter (3).pdf');
    expect(await uniqueFileName('résumé – final (2).pdf', nameTakenIn(['résumé – final (2).pdf', 'résumé – final (3).pdf']))).toBe(
      'résumé – final (4).pdf',
    );
  });

  it('treats a year in brackets as part of the name, not a counter', async () => {
    expect(await uniqueFileName('Resume (2024).pdf', nameTakenIn(['Resume (2024).pdf']))).toBe('Resume (2024) (2).pdf');
  });

  it('asks `exists` about each candidate in order', async () => {
    const asked: string[] = [];
    const out = await uniqueFileName('x.txt', async (candidate) => {
      asked.push(candidate);
      return asked.length < 3;
    });
    expect(asked).toEqual(['x.txt', 'x (2).txt', 'x (3).txt']);
    expect(out).toBe('x (3).txt');
  });
});
