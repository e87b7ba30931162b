import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { TextDecoder } from 'node:util';
import { Tokenize } from 'rtf-stream-parser/dist/src/tokenize.js';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';
import type { FeatureHandler } from 'rtf-stream-parser/dist/src/features/types.js';
import type { ProcessTokensGlobalState } from 'rtf-stream-parser/dist/src/ProcessTokens.types.js';
import { normalizeText } from './normalize';
import { REASONS, failed, fileErrorReason, type Extracted } from './types';
import { decodeWindows1252 } from '../../../shared/domain/text/windows-1252';

// rtf-stream-parser's tokenizer and ToPlainText already handle \uN with \ucN fallback
// skipping, \'hh in the font's or document's code page, symbol fonts and every
// {\*\optional} destination plus fonttbl/colortbl/stylesheet. (ToPlainText is not in the
// package's index, hence the deep imports; package.json pins ~3.8 for that reason.)
// This adds what a search index needs on top: skip the non-optional destinations that
// hold no document text, and keep table cells and rows apart.
const NOT_TEXT = [
  'info', 'pict', 'shppict', 'nonshppict', 'objdata', 'themedata', 'colorschememapping', 'datastore',
  'latentstyles', 'listtable', 'listoverridetable', 'listtext', 'pn', 'rsidtbl', 'generator', 'filetbl',
  'revtbl', 'xmlnstbl', 'pgptbl', 'protusertbl', 'userprops', 'docvar', 'template', 'fldinst',
  'bkmkstart', 'bkmkend', 'xe', 'tc', 'fontemb', 'fontfile', 'password', 'passwordhash', 'mmathPict',
];

const push = (text: string) => (global: ProcessTokensGlobalState) => {
  global._pushOutput(text);
  return true as const;
};

const forSearch: FeatureHandler<ProcessTokensGlobalState> = {
  outputDataFilter: (global) => {
    const inside = global._state.allDestinations;
    if (inside && NOT_TEXT.some((name) => inside[name])) return true;
  },
  controlHandlers: {
    cell: push('\t'),
    nestcell: push('\t'),
    row: push('\n'),
    nestrow: push('\n'),
    page: push('\n'),
    sect: push('\n'),
    // \_ is a non-breaking hyphen; the library emits a soft hyphen, which normalising
    // removes, joining the two words. A plain hyphen is what a search would type.
    _: push('-'),
  },
};

class SearchText extends ToPlainText {
  constructor() {
    super({ decode, warn: () => undefined, allowCp0: true, replaceSymbolFontChars: true });
    this._featureHandlers.unshift(forSearch);
  }
}

// RTF names code pages by number; TextDecoder knows most of them by these labels.
const LABELS: Record<string, string> = {
  cp874: 'windows-874', cp932: 'shift_jis', cp949: 'euc-kr', cp950: 'big5', cp10000: 'macintosh',
  cp20866: 'koi8-r', cp21866: 'koi8-u', cp51932: 'euc-jp', cp54936: 'gb18030',
};
// Code pages that are, or are best read as, Windows-1252 (see windows-1252.ts for why
// TextDecoder is not used for it). cp0 is "the system's", unknown here.
const WESTERN = new Set(['cp0', 'cp1252', 'cp28591']);
const decoders = new Map<string, (bytes: Buffer) => string>();

function decode(bytes: Buffer, encoding: string): string {
  let decoder = decoders.get(encoding);
  if (!decoder) {
    decoder = decodeWindows1252;
    if (!WESTERN.has(encoding)) {
      try {
        const textDecoder = new TextDecoder(LABELS[encoding] ?? encoding);
        decoder = (b) => textDecoder.decode(b);
      } catch {
        // A code page TextDecoder lacks (old DOS ones like 437): Windows-1252 gets ASCII right.
      }
    }
    decoders.set(encoding, decoder);
  }
  return decoder(bytes);
}

/** The plain text of RTF bytes (throws if they are not RTF). */
export async function rtfToText(bytes: Buffer): Promise<string> {
  const parts: string[] = [];
  await pipeline(Readable.from([bytes]), new Tokenize(), new SearchText(), async (source: AsyncIterable<string>) => {
    for await (const part of source) parts.push(part);
  });
  return parts.join('');
}

/** Reads the text of an RTF document. */
export async function extractRtf(filePath: string, maxChars: number): Promise<Extracted> {
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (err) {
    return failed(fileErrorReason(err) ?? REASONS.unreadable, err);
  }
  try {
    return { result: { status: 'has-text', text: normalizeText(await rtfToText(bytes), maxChars) } };
  } catch (err) {
    return failed(REASONS.rtfDamaged, err);
  }
}
