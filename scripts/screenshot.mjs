// Developer aid: screenshots of routes in browser mode, to look at what we built.
// Usage: node scripts/screenshot.mjs URL OUTDIR [route ...]   (URL as printed by npm run web)
import { chromium } from '@playwright/test';
import path from 'node:path';

const [url, outDir, ...routes] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(url);
for (const theme of ['light', 'dark']) {
  await page.emulateMedia({ colorScheme: theme });
  for (const route of routes.length ? routes : ['/']) {
    await page.goto(new URL(`/#${route}`, url).href);
    await page.waitForSelector('h1');
    const name = `${theme}${route.replace(/[^a-z0-9]+/gi, '-')}.png`.replace(/-\.png$/, '.png');
    await page.screenshot({ path: path.join(outDir, name), fullPage: true });
    console.log(path.join(outDir, name));
  }
}
await browser.close();
