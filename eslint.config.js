import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

// The boundaries of ARCHITECTURE.md, enforced: only electron/main and electron/preload may
// import 'electron'; renderer/ and shared/ run in a browser sandbox and may not import Node.
const electronOnlyInShell = {
  name: 'electron',
  message: "Only electron/main and electron/preload may import 'electron'. Pass what you need in as a parameter.",
};
const nodeBuiltins = [...builtinModules.filter((m) => !m.startsWith('_')), ...builtinModules.map((m) => `node:${m}`)];
const noNodeInBrowser = {
  paths: nodeBuiltins.map((name) => ({
    name,
    message: 'renderer/ and shared/ run without Node. Do this in electron/backend and call it through the contract.',
  })),
  patterns: [{ group: ['node:*'], message: 'renderer/ and shared/ run without Node.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'release/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electronOnlyInShell] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronOnlyInShell, ...noNodeInBrowser.paths], patterns: noNodeInBrowser.patterns }],
    },
  },
);
