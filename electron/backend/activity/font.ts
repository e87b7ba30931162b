import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkitModule from '@pdf-lib/fontkit';
import { UserError } from '../errors';

// @pdf-lib/fontkit is a UMD bundle: under Node's ESM loader its API sits on `default`,
// under a bundler it may be the namespace itself.
type Fontkit = typeof fontkitModule;
export const fontkit: Fontkit = (fontkitModule as unknown as { default?: Fontkit }).default ?? fontkitModule;

/** DejaVu Sans Condensed (free licence, resources/fonts/LICENSE-DejaVu.txt): Latin with every accent, Greek, Cyrillic, Vietnamese, in a width that suits tables. */
export const FONT_FILES = { regular: 'DejaVuSansCondensed.ttf', bold: 'DejaVuSansCondensed-Bold.ttf' } as const;

export interface LoadedFont {
  bytes: Uint8Array;
  /** Answers "can this font draw that character?" so the PDF never asks for a glyph it lacks. */
  has(codePoint: number): boolean;
}

/**
 * Where resources/fonts is: beside the sources in development and tests, beside out/ in a
 * build, inside app.asar or next to it (Electron's resourcesPath) when packaged.
 */
export function findFontFile(name: string): string | null {
  const candidates: string[] = [];
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++) {
    candidates.push(path.join(dir, 'resources', 'fonts', name));
    dir = path.dirname(dir);
  }
  const resourcesPath = (process as { resourcesPath?: string }).resourcesPath;
  if (resourcesPath) candidates.push(path.join(resourcesPath, 'fonts', name), path.join(resourcesPath, 'resources', 'fonts', name));
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

const cache = new Map<string, Promise<LoadedFont>>();

/** Reads a font file once per run and keeps it: every export uses the same bytes. */
export function loadFont(name: string): Promise<LoadedFont> {
  let loaded = cache.get(name);
  if (!loaded) {
    loaded = readFont(name);
    cache.set(name, loaded);
    loaded.catch(() => cache.delete(name));
  }
  return loaded;
}

async function readFont(name: string): Promise<LoadedFont> {
  const file = findFontFile(name);
  if (!file) {
    throw new UserError('The font needed to make the PDF is missing from this installation. Reinstall Career Organizer, then try again.');
  }
  const bytes = new Uint8Array(await fs.readFile(file));
  const font = fontkit.create(bytes);
  const known = new Map<number, boolean>();
  return {
    bytes,
    has(codePoint) {
      let answer = known.get(codePoint);
      if (answer === undefined) {
        answer = font.hasGlyphForCodePoint(codePoint);
        known.set(codePoint, answer);
      }
      return answer;
    },
  };
}

// Joiners, variation selectors and skin tones only modify the character before them, and
// soft hyphens, zero-width spaces and byte-order marks are invisible: when the font can't
// draw them they would each become a stray "?", so they are left out.
const invisible = (cp: number) =>
  cp === 0xad || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0xfe0e || cp === 0xfe0f || (cp >= 0x1f3fb && cp <= 0x1f3ff);

/**
 * Text the font can draw: composed accents (NFC), tabs as spaces, control characters
 * dropped, and any character the font lacks (CJK, most emoji) shown as "?" rather than failing.
 */
export function drawable(text: string, font: LoadedFont): string {
  let out = '';
  const plain = text.normalize('NFC').replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ');
  for (const ch of plain) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    else if (invisible(cp)) continue;
    else out += font.has(cp) ? ch : '?';
  }
  return out;
}
