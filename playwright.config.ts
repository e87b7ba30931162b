import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/support/browser';

/** End-to-end tests: the built app in browser mode (`out/main/web.js`), driven by Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  outputDir: 'test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  timeout: 45_000, // generous: CI shares two cores with the build and the backend under test
  expect: { timeout: 5_000 },
  reporter: 'list',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    trace: 'off',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs() },
  },
});
