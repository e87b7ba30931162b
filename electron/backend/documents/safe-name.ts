// File names for the document library. One library folder may be synced between Windows,
// macOS and Linux (Dropbox, OneDrive), so a name must be valid on all three at once — and
// stay readable, because users browse this folder in their own file manager.

/**
 * UTF-8 bytes, not characters: file systems allow 255 bytes, and the rest is kept for
 * " (123)" collision suffixes, our `.<name>.<random>.tmp` temp files and sync tools'
 * "conflicted copy" names.
 */
const MAX_NAME_BYTES = 200;

// Only short runs of letters and digits count as an extension; "v2.0 final draft" does not.
const EXTENSION = /^\.[\p{L}\p{M}\p{N}_+~-]{1,15}$/u;

// Forbidden on Windows (and '/' everywhere, ':' on macOS), plus control characters.
const UNSAFE_RUN = /[<>:"/\\|?*\p{Cc}]+/gu;

// Invisible characters that only cause trouble: bidi overrides (they can make "cv‮fdp.exe"
// look like a PDF), zero-width spaces, BOMs, lone surrogates (not encodable in UTF-8 on
// macOS/Linux) and noncharacters. ZWNJ/ZWJ and emoji tag characters stay: Persian, Indic
// scripts and emoji need them.
const INVISIBLE = /(?!\u200D)(?![\u200C\u{E0020}-\u{E007F}])[\p{Cf}\p{Cs}\uFFFE\uFFFF]/gu;

// Windows device names, reserved even with an extension ("con.pdf") or trailing spaces.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]) *(?=\.|$)/iu;

// Leading dots hide a file on macOS/Linux; trailing dots and spaces are dropped by Windows
// (so the name on disk would differ from ours); a leading "~$" marks an Office lock file,
// which Word, sync tools and our own folder watcher skip.
const LEADING_JUNK = /^(?:\s|\.|~\$)+/u;
const TRAILING_JUNK = /[\s.]+$/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A name that is valid and readable on Windows, macOS and Linux, at most 200 UTF-8 bytes. */
export function safeFileName(name: string, fallback = 'Document'): string {
  const text = tidy(name);
  const [rawBase, rawExt] = splitExtension(text);
  const ext = EXTENSION.test(rawExt) ? rawExt : '';
  const budget = MAX_NAME_BYTES - Buffer.byteLength(ext);
  const base = fitBase(ext ? rawBase : text, budget) || fitBase(tidy(fallback), budget) || 'Document';
  return base + ext;
}

/** The first free name of `name`, `base (2).ext`, `base (3).ext`… according to `exists`. */
export async function uniqueFileName(name: string, exists: (candidate: string) => Promise<boolean>): Promise<string> {
  if (!(await exists(name))) return name;
  const [base, ext] = splitExtension(name);
  // "Letter (2).pdf" taken → "Letter (3).pdf", not "Letter (2) (2).pdf". Up to 3 digits, so
  // that "Resume (2024).pdf" is a year, not a counter.
  const counted = /^(.*) \(([1-9]\d{0,2})\)$/su.exec(base);
  const stem = counted ? counted[1] : base;
  const first = counted ? Number(counted[2]) + 1 : 2;
  for (let n = first; n < first + 10_000; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!(await exists(candidate))) return candidate;
  }
  throw new Error(`No free file name found for "${name}" after 10,000 tries.`);
}

/** The form under which Windows and macOS consider two names the same file. */
export function fileNameKey(name: string): string {
  // Both file systems ignore case by default; macOS (and Dropbox) also treat NFC and NFD as
  // the same name. Folding a little more than NTFS does only costs an extra " (2)".
  return name.normalize('NFC').toLowerCase();
}

/** An `exists` for uniqueFileName that compares against a folder listing the way Windows and macOS do. */
export function nameTakenIn(existing: Iterable<string>): (candidate: string) => Promise<boolean> {
  const keys = new Set(Array.from(existing, fileNameKey));
  return async (candidate) => keys.has(fileNameKey(candidate));
}

/** Splits "a.tar.gz" → ["a.tar", ".gz"], ".bashrc" → [".bashrc", ""], "noext" → ["noext", ""]. */
export function splitExtension(name: string): [base: string, ext: string] {
  const dot = name.lastIndexOf('.');
  // No dot, a trailing dot, or only dots before it (".bashrc", "..x"): no extension.
  if (dot <= 0 || dot === name.length - 1 || /^\.+$/u.test(name.slice(0, dot))) return [name, ''];
  return [name.slice(0, dot), name.slice(dot)];
}

/** NFC, no invisible characters, odd whitespace as plain spaces, no spaces around it, no trailing dots. */
function tidy(name: string): string {
  return name
    .normalize('NFC')
    .replace(INVISIBLE, '')
    // A run that holds a tab, newline or no-break space becomes one space; the user's own
    // plain spaces are left as they are so that a name already safe comes back unchanged.
    .replace(/\s+/gu, (run) => (/^ +$/u.test(run) ? run : ' '))
    .replace(/^\s+/u, '')
    .replace(TRAILING_JUNK, '');
}

/** The base name made safe and cut to `budget` bytes; '' when nothing usable is left. */
function fitBase(base: string, budget: number): string {
  const cleaned = avoidReservedName(trimEnds(replaceUnsafe(base)));
  // Checked again after cutting: "CON      x" cut and trimmed is "CON".
  return avoidReservedName(trimEnds(truncateUtf8(cleaned, budget)));
}

/** Replaces forbidden characters like a person would. */
function replaceUnsafe(text: string): string {
  return text.replace(UNSAFE_RUN, (run: string, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + run.length];
    if (before === undefined || after === undefined) return '';
    // Between two words or two spaces it separates: "10:30" → "10-30", "CV / Resume" → "CV - Resume".
    // Beside one space it is punctuation: "Q&A: notes" → "Q&A notes", '"Best" CV' → "Best CV".
    return (before === ' ') === (after === ' ') ? '-' : '';
  });
}

function trimEnds(text: string): string {
  return text.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
}

function avoidReservedName(base: string): string {
  return base.replace(RESERVED, '$1_');
}

/** Cuts to `budget` UTF-8 bytes between grapheme clusters, so no emoji, surrogate pair or accent is split. */
function truncateUtf8(text: string, budget: number): string {
  if (Buffer.byteLength(text) <= budget) return text;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const size = Buffer.byteLength(segment);
    if (used + size > budget) break;
    out += segment;
    used += size;
  }
  return out;
}
