// Used by the backend's text extraction and the renderer's CSV import alike: pure, no
// Buffer, no DOM. Node's TextDecoder('windows-1252') decodes as Latin-1 in
// Node 20.18.3+, 22.13+ and 24 (nodejs/node#60888), so bytes 0x80–0x9F (€, smart quotes,
// dashes) would come out as invisible control characters. Windows-1252 is Latin-1 plus
// these 32 characters; the five bytes it leaves undefined map to the same C1 code points.
const HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

// Building the string in slices keeps String.fromCharCode's argument list short on big files.
const SLICE = 8192;

/** Decodes Windows-1252 ("ANSI" on Western Windows) bytes to a string, without Node or the DOM. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Array<number>(SLICE);
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(start + SLICE, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
