import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The Chromium the end-to-end tests drive: $CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own (downloaded on demand where the internet is reachable).
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  if (fs.existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = chromium.executablePath();
  if (fs.existsSync(bundled)) return bundled;
  try {
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  } catch {
    throw new Error(
      'No Chromium found. Set CHROMIUM_PATH, install one (Debian: apt-get install -y chromium), ' +
        'or run "npx playwright install chromium" with internet access.',
    );
  }
  return chromium.executablePath();
}

/** Flags for a headless Chromium in containers and CI; the sandbox needs a non-root user, so Linux goes without. */
export function chromiumArgs(): string[] {
  const quiet = ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
  return process.platform === 'linux' ? ['--no-sandbox', ...quiet] : quiet;
}
