import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HandlerTable } from '../../../../electron/backend/app';
import { dispatch } from '../../../../electron/backend/dispatch';
import { UserError } from '../../../../electron/backend/errors';
import { setLogSink } from '../../../../electron/backend/log';
import type { ContractMap } from '../../../../shared/contract';

// A small contract of our own, so the tests don't depend on which features exist.
const contract: ContractMap = {
  'demo-add': { args: z.object({ a: z.number(), b: z.number() }).strict(), result: z.number() },
  'demo-throw': { args: z.object({}), result: z.never() },
  'demo-refuse': { args: z.object({}), result: z.never() },
  'demo-declared-only': { args: z.object({}), result: z.null() },
};
// Handlers straight into a table: the table is what dispatch reads.
const handlers = new Map<string, (args: never) => unknown>([
  ['demo-add', ({ a, b }: { a: number; b: number }) => a + b],
  [
    'demo-throw',
    () => {
      throw new Error('disk on fire at /secret/path');
    },
  ],
  [
    'demo-refuse',
    () => {
      throw new UserError('That file is too big. Choose one under 200 MB.');
    },
  ],
]) as unknown as HandlerTable;
const ctx = { push: () => undefined };
const logged: string[] = [];

beforeEach(() => setLogSink((line) => logged.push(line)));
afterEach(() => {
  logged.length = 0;
  setLogSink((line) => process.stderr.write(`${line}\n`));
});

describe('dispatch', () => {
  it('runs a known method with valid args and replies with its result', async () => {
    const reply = await dispatch({ id: 7, name: 'demo-add', args: { a: 2, b: 3 } }, contract, handlers, ctx);
    expect(reply).toEqual({ type: 'reply', id: 7, result: 5 });
  });

  it('refuses an unknown name with a readable error', async () => {
    const reply = await dispatch({ id: 'x', name: 'files-delete-everything', args: {} }, contract, handlers, ctx);
    expect(reply).toEqual({
      type: 'error',
      id: 'x',
      error: { code: 'unknown-method', message: 'There is no action called "files-delete-everything".' },
    });
  });

  it('refuses a name declared in the contract but not implemented, and names inherited from Object', async () => {
    for (const name of ['demo-declared-only', 'toString', '__proto__', 'constructor']) {
      const reply = await dispatch({ id: 1, name, args: {} }, contract, handlers, ctx);
      expect(reply.type === 'error' && reply.error.code).toBe('unknown-method');
    }
  });

  it('refuses invalid args and says which field is wrong', async () => {
    const reply = await dispatch({ id: 1, name: 'demo-add', args: { a: 'two', b: 3 } }, contract, handlers, ctx);
    expect(reply.type).toBe('error');
    if (reply.type !== 'error') return;
    expect(reply.error.code).toBe('invalid-args');
    expect(reply.error.message).toContain('"demo-add"');
    expect(reply.error.message).toMatch(/a: .*number/);
  });

  it('refuses unexpected extra fields (strict schemas)', async () => {
    const reply = await dispatch({ id: 1, name: 'demo-add', args: { a: 1, b: 2, admin: true } }, contract, handlers, ctx);
    expect(reply.type === 'error' && reply.error.code).toBe('invalid-args');
  });

  it('answers a malformed envelope instead of throwing', async () => {
    for (const raw of [undefined, null, 42, 'hello', [], { id: 1 }, { name: 'demo-add' }, { id: {}, name: 'demo-add' }]) {
      const reply = await dispatch(raw, contract, handlers, ctx);
      expect(reply.type).toBe('error');
      expect(reply.type === 'error' && reply.error.code).toBe('bad-envelope');
    }
  });

  it('survives a throwing handler: a general message for the user, the detail in the log', async () => {
    const reply = await dispatch({ id: 3, name: 'demo-throw', args: {} }, contract, handlers, ctx);
    expect(reply.type).toBe('error');
    if (reply.type !== 'error') return;
    expect(reply.error.code).toBe('internal');
    expect(reply.error.message).not.toContain('/secret/path');
    expect(reply.error.message).toMatch(/try again/i);
    expect(logged.join('\n')).toContain('disk on fire');
    // And it keeps working afterwards.
    const next = await dispatch({ id: 4, name: 'demo-add', args: { a: 1, b: 1 } }, contract, handlers, ctx);
    expect(next).toEqual({ type: 'reply', id: 4, result: 2 });
  });

  it('passes a UserError message through unchanged', async () => {
    const reply = await dispatch({ id: 5, name: 'demo-refuse', args: {} }, contract, handlers, ctx);
    expect(reply).toEqual({ type: 'error', id: 5, error: { code: 'failed', message: 'That file is too big. Choose one under 200 MB.' } });
  });
});
