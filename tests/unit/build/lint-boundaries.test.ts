import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The house rules of ARCHITECTURE.md, checked through the project's real ESLint config:
// a file's place in the tree decides what it may import.
const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each(['renderer/src/probe.ts', 'shared/probe.ts', 'electron/backend/probe.ts'])("refuses 'electron' in %s", async (file) => {
    const messages = await restrictedImports("import { app } from 'electron';\nexport const x = app;\n", file);
    expect(messages.join('\n')).toMatch(/Only electron\/main and electron\/preload may import 'electron'/);
  });

  it.each(['electron/main/probe.ts', 'electron/preload/probe.ts'])("allows 'electron' in %s", async (file) => {
    expect(await restrictedImports("import { app } from 'electron';\nexport const x = app;\n", file)).toEqual([]);
  });

  it.each([
    ['renderer/src/probe.ts', "import fs from 'node:fs';"],
    ['shared/probe.ts', "import path from 'path';"],
    ['renderer/src/probe.tsx', "import { spawn } from 'child_process';"],
  ])('refuses Node built-ins in %s', async (file, line) => {
    const messages = await restrictedImports(`${line}\nexport const x = 1;\n`, file);
    expect(messages.join('\n')).toMatch(/run without Node/);
  });

  it('allows Node built-ins in the backend', async () => {
    expect(await restrictedImports("import fs from 'node:fs';\nexport const x = fs;\n", 'electron/backend/probe.ts')).toEqual([]);
  });
});
