import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../../../../electron/backend/log';
import { makeTempDir, startTestBackend } from '../../../../support/backend';
import { activity } from './pdf-tools';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  temp = makeTempDir();
  setLogSink(() => undefined);
});
afterEach(() => temp.cleanup());

const send = (args: unknown) => startTestBackend(temp.dir).dispatch({ id: 1, name: 'activity-export-pdf', args });

describe('activity-export-pdf through dispatch', () => {
  it('returns the file name, the bytes as base64, the page and activity counts', async () => {
    const reply = await send({ from: '2024-03-03', to: '2024-03-09', weeklyTarget: 3, activities: [activity('2024-03-04')] });
    expect(reply.type).toBe('reply');
    const result = (reply as { result: Record<string, unknown> }).result;
    expect(Object.keys(result).sort()).toEqual(['activityCount', 'base64', 'fileName', 'pages']);
    expect(result).toMatchObject({ fileName: 'Job search log 2024-03-03 to 2024-03-09.pdf', pages: 1, activityCount: 1 });
    expect(Buffer.from(result.base64 as string, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a start after the end, an impossible date and unknown fields, naming the problem', async () => {
    const base = { from: '2024-03-09', to: '2024-03-03', weeklyTarget: 3, activities: [] };
    expect(await send(base)).toMatchObject({ type: 'error', error: { code: 'invalid-args', message: expect.stringContaining('the start date is after the end date') } });
    expect(await send({ ...base, from: '2024-02-30', to: '2024-03-03' })).toMatchObject({
      type: 'error',
      error: { code: 'invalid-args', message: expect.stringContaining('from: is not a real date') },
    });
    expect(await send({ ...base, from: '2024-03-01', activities: [{ ...activity('2024-03-02'), extra: 1 }] })).toMatchObject({
      type: 'error',
      error: { code: 'invalid-args' },
    });
  });

  it('asks for a shorter range past three years, in plain words', async () => {
    expect(await send({ from: '2020-01-01', to: '2024-01-01', weeklyTarget: 3, activities: [] })).toEqual({
      type: 'error',
      id: 1,
      error: { code: 'failed', message: 'That range is longer than three years. Choose a shorter range, such as your benefit year, and try again.' },
    });
  });
});
