import fs from 'node:fs';
import path from 'node:path';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NAV_GROUPS, NAV_SETTINGS } from '../../../../renderer/src/app/navigation';
import { routes } from '../../../../renderer/src/app/routes';
import { en } from '../../../../renderer/src/i18n/en';
import { es } from '../../../../renderer/src/i18n/es';
import { renderApp } from '../../../support/render-app';

let app: ReturnType<typeof renderApp> | null = null;
afterEach(async () => {
  await app?.cleanup();
  app = null;
  localStorage.clear();
});

/** Every key path in a nested message object, e.g. "nav.home". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
}

describe('app shell', () => {
  it('shows Home first, with the navigation groups and Settings', async () => {
    app = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Career Organizer' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect([...nav.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
      'Home',
      'Jobs',
      'My schedule',
      'Saved searches',
      'Contacts',
      'Resumes',
      'Cover letters',
      'Documents',
      'Letters',
      'Messages',
      'Activity log',
      'Resources',
      'Settings',
    ]);
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByText(app.dataDir)).toBeTruthy();
  });

  it('links only to routes that exist (no dead links)', () => {
    const paths = new Set(routes[0].children![0].children!.map((r) => (r.index ? '/' : `/${r.path}`)));
    for (const item of [...NAV_GROUPS.flatMap((g) => g.items), NAV_SETTINGS]) expect(paths.has(item.to), item.to).toBe(true);
  });

  it('moves between pages and marks the current one', async () => {
    app = renderApp('/');
    fireEvent.click(await screen.findByRole('link', { name: 'Settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(window.location.hash).toBe('#/settings');
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Home' }).getAttribute('aria-current')).toBeNull();
    expect(document.title).toBe('Settings — Career Organizer');
  });

  it('moves focus between rail links with the arrow keys', async () => {
    app = renderApp('/');
    const home = await screen.findByRole('link', { name: 'Home' });
    home.focus();
    fireEvent.keyDown(home, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Jobs' }));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Settings' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(home);
  });

  it('collapses the rail but keeps every link named', async () => {
    app = renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: 'Hide menu' }));
    expect(screen.getByRole('button', { name: 'Show menu' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByRole('link', { name: 'Settings' })).toBeTruthy();
    expect(localStorage.getItem('career-organizer.rail-collapsed')).toBe('true');
  });

  it('shows a helpful page for an unknown address', async () => {
    app = renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that page' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to Home' })).toBeTruthy();
  });

  it('tells the user once when their settings file had to be reset', async () => {
    const probe = renderApp('/');
    const dataDir = probe.dataDir;
    await screen.findByRole('heading', { level: 1 });
    await probe.cleanup();
    fs.mkdirSync(dataDir, { recursive: true });
    // A new backend on a folder whose settings file is unreadable.
    const { makeTempDir } = await import('../../../support/backend');
    const temp = makeTempDir();
    fs.writeFileSync(path.join(temp.dir, 'settings.json'), '{broken');
    const { startTestBackend } = await import('../../../support/backend');
    const { createClient } = await import('../../../../renderer/src/api/client');
    const { memoryTransport } = await import('../../../../renderer/src/api/transports/memory');
    const { App } = await import('../../../../renderer/src/app/App');
    const { render } = await import('@testing-library/react');
    const backend = startTestBackend(temp.dir);
    const view = render(<App client={createClient(memoryTransport(backend))} />);
    await waitFor(() => expect(screen.getByText(/could not be read/)).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText(/settings\.unreadable-/)).toBeTruthy();
    view.unmount();
    // Closed first: its start-up writes (the reminder schedule) must finish before the folder goes.
    await backend.close();
    await temp.cleanup();
  });
});

describe('translations', () => {
  it('Spanish has every English key, and no empty strings', () => {
    expect(keyPaths(es).sort()).toEqual(keyPaths(en).sort());
    for (const key of keyPaths(es)) {
      const value = key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], es);
      expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
    }
  });
});
