// Node's own TextDecoder('windows-1252') decodes as Latin-1 in Node 20.18.3+, 22.13+ and
// 24 (nodejs/node#60888): € , smart quotes and dashes (bytes 0x80–0x9F) come out as
// invisible control characters. Windows-1252 is Latin-1 plus these 32 characters, so it
// is decoded here by hand, the same on every Node and Electron.
const HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Decodes Windows-1252 ("ANSI" on Western Windows) bytes to a string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/g, (c) => HIGH[c.charCodeAt(0) - 0x80]);
}
