import { defineConfig } from 'vitest/config';

// `npm run test:crash`: kills a real backend process many times; kept out of the quick unit run.
export default defineConfig({
  test: { name: 'crash', environment: 'node', include: ['tests/crash/**/*.test.ts'], testTimeout: 600_000 },
});
