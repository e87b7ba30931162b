// A sandboxed preload gets a tiny `require` that knows 'electron' and a few Node
// built-ins, nothing else: it cannot load npm packages (zod ...) or other files at run
// time. So the preload may import only 'electron' and a few contract files, and its
// built bundle may require only "electron".
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../../..');
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8');

interface Import {
  specifier: string;
  typeOnly: boolean;
}

/** Every import / export-from / require / dynamic import in a TypeScript source. */
function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const fromClause = /^\s*(import|export)\s+(type\s+)?([^;'"]*?)\s+from\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(fromClause)) {
    const names = m[3];
    const allInlineTypes = /^\{[\s\S]*\}$/.test(names) && names.slice(1, -1).split(',').every((n) => /^\s*(type\s|$)/.test(n));
    found.push({ specifier: m[4], typeOnly: Boolean(m[2]) || allInlineTypes });
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push({ specifier: m[1], typeOnly: false });
  for (const m of source.matchAll(/\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: m[1], typeOnly: false });
  return found;
}

describe('importsOf (the checker itself)', () => {
  it('sees value, type, side-effect, require and dynamic imports', () => {
    const src = `import { a, type B } from 'x';\nimport type { C } from "y";\nimport { type D } from './d';\nimport 'side';\nconst z = require('zed');\nexport { e } from './e';\nawait import('dyn');`;
    expect(importsOf(src)).toEqual([
      { specifier: 'x', typeOnly: false },
      { specifier: 'y', typeOnly: true },
      { specifier: './d', typeOnly: true },
      { specifier: './e', typeOnly: false },
      { specifier: 'side', typeOnly: false },
      { specifier: 'zed', typeOnly: false },
      { specifier: 'dyn', typeOnly: false },
    ]);
  });
});

describe('preload sources', () => {
  it("electron/preload/index.ts imports only 'electron' and ./bridge", () => {
    const specs = importsOf(read('electron/preload/index.ts')).map((i) => i.specifier);
    expect(specs.length).toBeGreaterThan(0);
    for (const s of specs) expect(['electron', './bridge'], s).toContain(s);
  });

  it("electron/preload/bridge.ts imports only 'electron' and the contract's bridge and envelope files", () => {
    const imports = importsOf(read('electron/preload/bridge.ts'));
    for (const { specifier } of imports) {
      expect(['electron', '../../shared/contract/bridge', '../../shared/contract/envelope'], specifier).toContain(specifier);
    }
    // envelope.ts imports zod at run time, so it may only be used for types.
    expect(imports.filter((i) => i.specifier.endsWith('/envelope')).every((i) => i.typeOnly)).toBe(true);
  });

  it('pulls in, at run time, no file but the preload, the bridge and shared/contract/bridge.ts, and no package but electron', () => {
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const { specifier, typeOnly } of importsOf(read(file))) {
        if (typeOnly) continue;
        if (!specifier.startsWith('.')) packages.add(specifier);
        else visit(path.posix.join(path.posix.dirname(file), `${specifier}.ts`));
      }
    };
    visit('electron/preload/index.ts');
    expect([...seen].sort()).toEqual(['electron/preload/bridge.ts', 'electron/preload/index.ts', 'shared/contract/bridge.ts']);
    expect([...packages]).toEqual(['electron']);
  });
});

describe('built preload bundle', () => {
  const bundle = path.join(root, 'out/preload/index.cjs');

  it('requires nothing but "electron"', ({ skip }) => {
    skip(!existsSync(bundle), 'out/preload/index.cjs is absent: run `npm run build` to check the built preload too');
    const code = readFileSync(bundle, 'utf8');
    const required = [...code.matchAll(/\brequire\s*\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]);
    expect(required.length).toBeGreaterThan(0);
    expect([...new Set(required)]).toEqual(['electron']);
    expect(code).not.toMatch(/\brequire\s*\(\s*[^'"`\s)]/); // no require of a computed name
    expect(code).not.toMatch(/^\s*import\s|\bimport\s*\(/m); // CommonJS only, no dynamic import
  });
});
