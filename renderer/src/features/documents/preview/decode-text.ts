/**
 * Turns a text file's bytes into text the way Notepad would: a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); without one, UTF-8 if the bytes are valid UTF-8, else Windows-1252
 * (what older Windows programs write). `partial`: the bytes were cut off, so an
 * incomplete last character is not a reason to give up on UTF-8.
 */
export function decodeText(bytes: Uint8Array, partial = false): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3), { stream: partial });
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2), { stream: partial });
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2), { stream: partial });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    return decodeWindows1252(bytes);
  }
}

// 0x80–0x9F in Windows-1252 (€, curly quotes, dashes…); every other byte is the same in Latin-1.
// Done by hand because some TextDecoder builds (Node's) treat the label as plain Latin-1.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b)));
    text += chunk.join('');
  }
  return text;
}
