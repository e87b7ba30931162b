import { open } from 'node:fs/promises';
import { normalizeText } from './normalize';
import { REASONS, failed, fileErrorReason, type Extracted } from './types';
import { decodeWindows1252 } from '../../../shared/domain/text/windows-1252';

/** Reads a text or Markdown file, guessing its encoding (see decodeText). */
export async function extractPlainText(filePath: string, maxChars: number): Promise<Extracted> {
  let bytes: Buffer;
  let truncated: boolean;
  try {
    // A character takes at most 4 bytes in any encoding we read, so a prefix of 4× the
    // cap holds everything we could keep; a 200 MB log file is not read whole.
    ({ bytes, truncated } = await readPrefix(filePath, maxChars * 4 + 4));
  } catch (err) {
    return failed(fileErrorReason(err) ?? REASONS.unreadable, err);
  }
  return { result: { status: 'has-text', text: normalizeText(decodeText(bytes, truncated), maxChars) } };
}

/** Decodes bytes as UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or ASCII-like without one), else Windows-1252. */
export function decodeText(bytes: Uint8Array, truncated = false): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3), truncated, false);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = guessBomlessUtf16(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return utf8(bytes, truncated, true);
  } catch {
    // Not valid UTF-8: the usual reason is an older Windows editor's ANSI code page.
    return decodeWindows1252(bytes);
  }
}

function utf8(bytes: Uint8Array, truncated: boolean, fatal: boolean): string {
  // stream: true lets a prefix end mid-character without counting as invalid.
  return new TextDecoder('utf-8', { fatal }).decode(bytes, { stream: truncated });
}

/** Text saved as UTF-16 without a BOM has a zero byte in every other place for Latin text. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

async function readPrefix(filePath: string, limit: number): Promise<{ bytes: Buffer; truncated: boolean }> {
  const handle = await open(filePath, 'r');
  try {
    const size = (await handle.stat()).size;
    const buffer = Buffer.alloc(Math.min(size, limit));
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return { bytes: buffer.subarray(0, filled), truncated: size > limit };
  } finally {
    await handle.close();
  }
}
