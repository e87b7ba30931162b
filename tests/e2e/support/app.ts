import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEB_ENTRY = path.join(REPO_ROOT, 'out/main/web.js');
const READY_LINE = /Career Organizer is running at (http:\/\/\S+)/;
const START_TIMEOUT_MS = 15_000;

/** One browser-mode host (real backend + renderer) on its own data folder. */
export class AppHost {
  /** The one-time link with ?token=…; opening it sets the session cookie. */
  url = '';
  private child: ChildProcess | null = null;

  private constructor(readonly dataDir: string) {}

  /** Starts a host on a fresh temporary data folder. */
  static async start(): Promise<AppHost> {
    const host = new AppHost(fs.mkdtempSync(path.join(os.tmpdir(), 'career-organizer-e2e-')));
    try {
      await host.spawn();
    } catch (err) {
      await host.dispose();
      throw err;
    }
    return host;
  }

  /** `http://127.0.0.1:N` without the token. */
  get origin(): string {
    return new URL(this.url).origin;
  }

  get token(): string {
    return new URL(this.url).searchParams.get('token') ?? '';
  }

  /** Stops the host and starts it again on the same data folder (new port, new token). */
  async restart(): Promise<void> {
    await this.stop();
    await this.spawn();
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  }

  private spawn(): Promise<void> {
    const child = spawn(process.execPath, [WEB_ENTRY, '--data-dir', this.dataDir, '--port', '0'], {
      cwd: REPO_ROOT,
      env: { ...process.env, CAREER_ORGANIZER_NO_LAUNCH: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      const fail = (why: string) => {
        clearTimeout(timer);
        child.kill('SIGKILL');
        reject(new Error(`The browser-mode host ${why}.\nstdout: ${stdout || '(empty)'}\nstderr: ${stderr || '(empty)'}`));
      };
      const timer = setTimeout(() => fail(`did not print its URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
      child.once('exit', (code, signal) => fail(`exited early (code ${code}, signal ${signal})`));
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = READY_LINE.exec(stdout);
        if (!match) return;
        clearTimeout(timer);
        child.removeAllListeners('exit');
        this.url = match[1];
        resolve();
      });
    });
  }
}
