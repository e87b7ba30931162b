import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, startTestBackend } from '../../../support/backend';

// The test helper itself: a backend left open inside a temp folder kept writing there,
// and removing the folder failed now and then with ENOTEMPTY on a fresh clone.
describe('test temp folders', () => {
  it('close every backend still running inside before the folder is removed', async () => {
    const temp = makeTempDir();
    const backend = startTestBackend(path.join(temp.dir, 'data'));
    let closed = false;
    const close = backend.close;
    backend.close = async () => {
      await close();
      closed = true;
    };
    await backend.dispatch({ id: 1, name: 'settings-set', args: { theme: 'dark' } });
    await temp.cleanup();
    expect(closed).toBe(true);
    expect(fs.existsSync(temp.dir)).toBe(false);
  });

  it('leave a backend in another folder running', async () => {
    const mine = makeTempDir();
    const other = makeTempDir();
    const backend = startTestBackend(other.dir);
    let closed = false;
    const close = backend.close;
    backend.close = async () => {
      await close();
      closed = true;
    };
    await mine.cleanup();
    expect(closed).toBe(false);
    await other.cleanup();
    expect(closed).toBe(true);
  });
});
