// Installers can only be built with internet access, so a broken electron-builder.yml
// would surface late, on a release machine. This checks it here, offline: against
// electron-builder's own JSON schema, for the choices we rely on, and that the icon
// files it points at exist and are well-formed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';

const root = resolve(import.meta.dirname, '../../..');
// js-yaml (electron-builder's own YAML reader) ships no types; only load() is needed.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;

type Target = { target: string; arch?: string[] };
const targets = (t: unknown): Target[] =>
  (Array.isArray(t) ? t : [t]).map((x) => (typeof x === 'string' ? { target: x } : (x as Target)));

function pngSize(buf: Buffer): [number, number] {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(buf.toString('latin1', 12, 16)).toBe('IHDR');
  return [buf.readUInt32BE(16), buf.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('is rejected by the same validator when it contains an unknown option', async () => {
    const bad = { ...config, notARealOption: true } as unknown as Configuration;
    await expect(validateConfiguration(bad, new DebugLogger(false))).rejects.toThrow(/notARealOption/);
    const badArch = { ...config, mac: { ...config.mac, target: [{ target: 'dmg', arch: ['sparc'] }] } };
    await expect(validateConfiguration(badArch as Configuration, new DebugLogger(false))).rejects.toThrow();
  });

  it('names the app consistently with package.json', () => {
    expect(config.appId).toBe('org.careerorganizer.app');
    expect(config.productName).toBe(pkg.productName);
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.asar).toBe(true);
    expect(config.protocols).toBeUndefined();
    expect(config.fileAssociations).toBeUndefined();
  });

  it('packs only the build output, package.json and the PDF font, never pdfjs canvas', () => {
    const files = config.files as string[];
    expect(files).toContain('out/**/*');
    expect(files).toContain('package.json');
    expect(files).toContain('!**/node_modules/@napi-rs/canvas*/**');
    // Every include is under out/, package.json, or the font the activity-log PDF embeds; everything else is an exclusion.
    for (const f of files.filter((p) => !p.startsWith('!'))) expect(f).toMatch(/^(out\/|package\.json$|resources\/fonts\/\*\*$)/);
  });

  it('targets an assisted per-user NSIS installer for x64 and arm64 on Windows', () => {
    expect(targets(config.win?.target)).toEqual([{ target: 'nsis', arch: ['x64', 'arm64'] }]);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true });
  });

  it('targets a hardened dmg for Intel and Apple silicon on macOS', () => {
    expect(targets(config.mac?.target)).toEqual([{ target: 'dmg', arch: ['x64', 'arm64'] }]);
    expect(config.mac).toMatchObject({ category: 'public.app-category.productivity', hardenedRuntime: true });
  });

  it('targets AppImage and deb in the Office category on Linux', () => {
    expect(targets(config.linux?.target).map((t) => t.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<.+@.+>/); // deb needs a maintainer with an email
  });
});

describe('icon assets', () => {
  const read = (rel: string) => readFileSync(join(root, rel));

  it('are the files electron-builder.yml points at', () => {
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.linux?.icon).toBe('build/icons');
    for (const p of ['build/icon.svg', 'build/icon.png', 'build/icon.ico', 'build/icon.icns']) {
      expect(existsSync(join(root, p)), p).toBe(true);
    }
  });

  it('include a 1024px PNG and Linux PNGs whose names match their sizes', () => {
    expect(pngSize(read('build/icon.png'))).toEqual([1024, 1024]);
    for (const s of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(read(`build/icons/${s}x${s}.png`)), `${s}x${s}.png`).toEqual([s, s]);
    }
  });

  it('include a Windows ICO with every size from 16 to 256', () => {
    const ico = read('build/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1); // 1 = icon
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const e = 6 + 16 * i;
      const size = ico[e] || 256; // 0 encodes 256
      const length = ico.readUInt32LE(e + 8);
      const offset = ico.readUInt32LE(e + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      const data = ico.subarray(offset, offset + length);
      // 256px is stored as PNG, smaller sizes as 32-bit BMP (BITMAPINFOHEADER, height doubled).
      if (size === 256) expect(pngSize(data)).toEqual([256, 256]);
      else expect([data.readUInt32LE(0), data.readInt32LE(4), data.readInt32LE(8)]).toEqual([40, size, size * 2]);
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('include a macOS ICNS whose chunks hold PNGs up to 1024px', () => {
    const icns = read('build/icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const chunks = new Map<string, [number, number]>();
    for (let pos = 8; pos < icns.length; ) {
      const length = icns.readUInt32BE(pos + 4);
      chunks.set(icns.toString('latin1', pos, pos + 4), pngSize(icns.subarray(pos + 8, pos + length)));
      pos += length;
    }
    expect(chunks.get('ic10')).toEqual([1024, 1024]);
    expect(chunks.get('ic09')).toEqual([512, 512]);
    expect(chunks.get('ic07')).toEqual([128, 128]);
    expect(chunks.get('icp4')).toEqual([16, 16]);
  });
});
