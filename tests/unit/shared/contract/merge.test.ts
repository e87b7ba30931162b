import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, mergeContracts, SettingsPatchSchema } from '../../../../shared/contract';

describe('mergeContracts', () => {
  it('throws when two feature maps declare the same name', () => {
    const a = { 'x-get': { args: z.object({}), result: z.null() } };
    const b = { 'x-get': { args: z.object({}), result: z.string() } };
    expect(() => mergeContracts(a, b)).toThrow(/declares "x-get" twice/);
  });

  it('names every method area-verb in kebab case', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });
});

describe('settings schemas', () => {
  it('refuses a theme that does not exist and a weekly target out of range', () => {
    expect(SettingsPatchSchema.safeParse({ theme: 'purple' }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ weeklyActivityTarget: -1 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ weeklyActivityTarget: 2.5 }).success).toBe(false);
    expect(SettingsPatchSchema.safeParse({ weeklyActivityTarget: 5, theme: 'dark' }).success).toBe(true);
  });

  it('does not let settings-set change the library folder (it has its own checked method)', () => {
    expect(SettingsPatchSchema.safeParse({ libraryDir: '/etc' }).success).toBe(false);
  });
});
