import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Two projects: plain Node for shared code, the backend and the Electron shell (with
// fakes for Electron), and happy-dom with fake-indexeddb for the renderer.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/{shared,electron,build,letters-office}/**/*.test.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['tests/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/renderer/setup.ts'],
        },
      },
    ],
  },
});
