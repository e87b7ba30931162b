import type { Locator } from '@playwright/test';

export interface ImportFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/**
 * An import through the app's own page, timed in seconds: choosing `file` until `confirm`
 * is shown (read, decode, parse, plan), and clicking it until `done` is shown (written).
 */
export async function timedImport(input: Locator, file: ImportFile, confirm: Locator, done: Locator): Promise<{ read: number; write: number }> {
  await input.waitFor({ state: 'attached' });
  let start = Date.now();
  await input.setInputFiles(file);
  await confirm.waitFor({ timeout: 300_000 });
  const read = (Date.now() - start) / 1000;
  start = Date.now();
  await confirm.click();
  await done.waitFor({ timeout: 600_000 });
  return { read, write: (Date.now() - start) / 1000 };
}
