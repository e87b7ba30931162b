// The cost of one contract call through the browser-mode host (token guard, dispatch,
// zod validation, conf read), against a bare Node HTTP server answering the same JSON
// on the same machine in the same run. Needs the build (`npm run build`).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile, round, sample } from '../stats.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CALLS = 400;

export async function run() {
  const webJs = path.join(root, 'out/main/web.js');
  if (!fs.existsSync(webJs)) throw new Error('Build first: npm run build');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'co-bench-'));
  const host = spawn(process.execPath, [webJs, '--data-dir', dataDir, '--port', '0'], {
    env: { ...process.env, CAREER_ORGANIZER_NO_LAUNCH: '1' },
  });
  try {
    const url = await new Promise((resolve, reject) => {
      host.stdout.on('data', (chunk) => {
        const match = /running at (\S+)/.exec(String(chunk));
        if (match) resolve(new URL(match[1]));
      });
      host.once('exit', () => reject(new Error('The host stopped before it printed its URL.')));
    });
    const cookie = `co_session=${url.searchParams.get('token')}`;
    const body = JSON.stringify({ id: 1, name: 'settings-get', args: {} });
    const post = (target) => () =>
      fetch(target, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body }).then((r) => r.json());

    const reply = JSON.stringify({ type: 'reply', id: 1, result: { theme: 'system' } });
    const bare = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end(reply));
    });
    await new Promise((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${bare.address().port}/`;

    // Interleave rounds so both sides see the same machine noise.
    const ours = [];
    const base = [];
    for (let round_ = 0; round_ < 4; round_++) {
      base.push(...(await sample(post(bareUrl), CALLS / 4)));
      ours.push(...(await sample(post(`${url.origin}/api/call`), CALLS / 4)));
    }
    bare.close();
    const p50 = percentile(ours, 50);
    const p95 = percentile(ours, 95);
    const baseP50 = percentile(base, 50);
    return {
      call_p50_ms: round(p50),
      call_p95_ms: round(p95),
      baseline_http_p50_ms: round(baseP50),
      call_p50_ratio: round(p50 / baseP50, 2),
    };
  } finally {
    host.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
