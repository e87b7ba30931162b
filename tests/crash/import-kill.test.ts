import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexStore } from '../../electron/backend/documents/index-store';
import { isAtomicTempName } from '../../electron/backend/fs/atomic-write';

// Crash safety: the real backend (browser-mode host from the build) in a child process,
// killed with SIGKILL at a random moment of a 300-file import, again and again. After each
// restart the library must be whole. Needs `npm run build` first (npm run test:crash does it).
const KILLS = 20;
const webJs = path.resolve('out/main/web.js');
let work: string;
let sources: string;

beforeAll(() => {
  if (!fs.existsSync(webJs)) throw new Error('Build first: npm run build (out/main/web.js is missing)');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'co-crash-'));
  sources = path.join(work, 'sources');
  fs.mkdirSync(sources);
  for (let i = 0; i < 300; i++) {
    const size = 2_000 + ((i * 7919) % 60_000);
    fs.writeFileSync(path.join(sources, `letter-${String(i).padStart(3, '0')}.txt`), `Letter ${i} `.repeat(Math.ceil(size / 11)).slice(0, size));
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

interface Running {
  child: ChildProcess;
  origin: string;
  cookie: string;
}

function startHost(dataDir: string): Promise<Running> {
  const child = spawn(process.execPath, [webJs, '--data-dir', dataDir, '--port', '0'], { env: { ...process.env, CAREER_ORGANIZER_NO_LAUNCH: '1' } });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}`)), 15_000);
    child.stdout!.on('data', (chunk) => {
      out += String(chunk);
      const match = /running at (\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        const url = new URL(match[1]);
        resolve({ child, origin: url.origin, cookie: `co_session=${url.searchParams.get('token')}` });
      }
    });
    child.stderr!.on('data', (chunk) => (out += String(chunk)));
  });
}

const call = (host: Running, name: string, args: unknown) =>
  fetch(`${host.origin}/api/call`, { method: 'POST', headers: { Cookie: host.cookie, 'Content-Type': 'application/json' }, body: JSON.stringify({ id: 1, name, args }) }).then((r) => r.json());

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** The documents the index on disk holds right now (what was committed before the kill). */
async function committedIds(libraryDir: string): Promise<Set<string>> {
  const { documents } = await new IndexStore(path.join(libraryDir, '.career-organizer')).load();
  return new Set(documents.keys());
}

describe('a backend killed during an import', () => {
  it(`loses nothing committed and leaves no debris, across ${KILLS} random kills`, async () => {
    const dataDir = path.join(work, 'data');
    const libraryDir = path.join(dataDir, 'Career Organizer');
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

    for (let round = 0; round < KILLS; round++) {
      const host = await startHost(dataDir);
      await call(host, 'documents-list', {});
      const importing = call(host, 'documents-import-paths', { paths: [sources] }).catch(() => null);
      await new Promise((r) => setTimeout(r, 30 + random() * 900));
      await killed(host.child);
      await importing;
      const before = await committedIds(libraryDir);

      const again = await startHost(dataDir);
      const reply = (await call(again, 'documents-list', {})) as { type: string; result: Array<{ id: string; versions: Array<{ file: string; sha256: string }> }> };
      expect(reply.type, `round ${round}: the index loads`).toBe('reply');
      const docs = reply.result;
      const ids = new Set(docs.map((d) => d.id));
      for (const id of before) expect(ids.has(id), `round ${round}: committed document ${id} is still there`).toBe(true);
      for (const doc of docs) {
        for (const version of doc.versions) {
          const file = path.join(libraryDir, ...version.file.split('/'));
          const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
          expect(hash, `round ${round}: ${version.file} has its recorded hash`).toBe(version.sha256);
        }
      }
      expect(fs.readdirSync(path.join(libraryDir, '.career-organizer', 'tmp')), `round ${round}: no partial copies`).toEqual([]);
      expect(fs.readdirSync(path.join(libraryDir, '.career-organizer')).filter(isAtomicTempName), `round ${round}: no temp files`).toEqual([]);
      await killed(again.child);
    }
    // Every file is in the library exactly once in the end: nothing lost, nothing doubled.
    const host = await startHost(dataDir);
    const final = (await call(host, 'documents-import-paths', { paths: [sources] })) as { result: { outcomes: Array<{ status: string }> } };
    const list = (await call(host, 'documents-list', {})) as { result: unknown[] };
    await killed(host.child);
    expect(final.result.outcomes.filter((o) => o.status === 'skipped')).toEqual([]);
    expect(list.result).toHaveLength(300);
  }, 600_000);
});
