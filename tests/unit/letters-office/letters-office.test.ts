// Proof that the letters open in a real office suite: `npm run letters:samples` writes every
// letter type as DOCX and PDF, LibreOffice converts every DOCX to PDF in one run, and
// pdftotext reads both kinds back. The body text and the names in Latin with accents,
// Greek and Chinese must come out intact. Needs LibreOffice Writer and poppler-utils
// (.ci/run installs them); without them the test fails and says what to install.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleLetters, SAMPLE_NAMES } from '../../../electron/backend/letters/sample-letters';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const INSTALL = 'sudo apt-get install libreoffice-writer-nogui poppler-utils (Debian/Ubuntu), or run .ci/run, which installs them';

let work: string;
let samplesDir: string;
let convertedDir: string;

/** Runs a command; a missing program becomes a message that says what to install. */
function run(command: string, args: string[], what: string, timeout = 60_000) {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${what} is not installed ("${command}" was not found). Install it: ${INSTALL}.`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * Text compared without what line breaking changes: ligatures undone, whitespace collapsed,
 * and hyphens dropped (pdftotext joins "WL-" at a line end with "2291" on the next line).
 */
const comparable = (text: string) => text.normalize('NFKC').replace(/-\s*/g, '').replace(/\s+/g, ' ').trim();

function pdfText(file: string): string {
  return comparable(run('pdftotext', ['-enc', 'UTF-8', file, '-'], 'pdftotext (poppler-utils)'));
}

beforeAll(() => {
  // Fail fast, and clearly, before spending time on the samples.
  run('pdftotext', ['-v'], 'pdftotext (poppler-utils)');
  run('soffice', ['--version'], 'LibreOffice (soffice)');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'co-letters-office-'));
  samplesDir = path.join(work, 'samples');
  convertedDir = path.join(work, 'converted');
  run(process.execPath, [path.join(ROOT, 'scripts', 'letters-samples.mjs'), '--out', samplesDir], 'Node');
  const docx = fs.readdirSync(samplesDir).filter((f) => f.endsWith('.docx')).map((f) => path.join(samplesDir, f));
  // One soffice run for all files, with its own profile so it never meets a user's running LibreOffice.
  const profile = pathToFileURL(path.join(work, 'lo-profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', convertedDir, ...docx], 'LibreOffice (soffice)', 120_000);
  const converted = fs.existsSync(convertedDir) ? fs.readdirSync(convertedDir) : [];
  if (converted.length < docx.length) {
    throw new Error(
      `LibreOffice converted ${converted.length} of ${docx.length} DOCX files. If it said "source file could not be loaded", ` +
        `LibreOffice Writer is missing: ${INSTALL}.`,
    );
  }
}, 150_000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('letter samples in LibreOffice and pdftotext', () => {
  const samples = sampleLetters();

  it('covers every letter type in both languages, and all three names', () => {
    expect(samples.filter((s) => s.type !== 'referrer-note')).toHaveLength(22);
    const names = new Set(samples.flatMap((s) => s.names));
    expect([...names].sort()).toEqual(Object.values(SAMPLE_NAMES).sort());
  });

  for (const sample of samples) {
    it(`${sample.baseName}: the DOCX (through LibreOffice) and the PDF read back whole`, () => {
      const { body } = sample.document;
      const expected = [...sample.names, body.salutation, body.paragraphs[0], body.paragraphs[body.paragraphs.length - 1], body.closing].map(comparable);
      for (const [label, file] of [
        ['DOCX via LibreOffice', path.join(convertedDir, `${sample.baseName}.pdf`)],
        ['our PDF', path.join(samplesDir, `${sample.baseName}.pdf`)],
      ]) {
        const text = pdfText(file);
        for (const part of expected) expect(text, `${label}: "${part}"`).toContain(part);
        expect(text, `${label}: no replacement marks`).not.toMatch(/\uFFFD|\?\?/);
      }
    });
  }
});
