import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions } from '../../../../electron/main/menu';

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform) {
  const actions = { openSettings: vi.fn(), openDataFolder: vi.fn(), openHelp: vi.fn() } satisfies MenuActions;
  return { template: buildMenuTemplate(platform, 'Career Organizer', actions), actions };
}

const submenu = (item: Item | undefined): Item[] => {
  if (!item || !Array.isArray(item.submenu)) throw new Error(`${item?.label ?? item?.role} has no submenu`);
  return item.submenu;
};
const byLabel = (items: Item[], label: string) => items.find((i) => i.label === label);
const allItems = (items: Item[]): Item[] => items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? allItems(i.submenu) : [])]);
const click = (item: Item | undefined) => {
  if (!item?.click) throw new Error(`${item?.label} is not clickable`);
  (item.click as () => void)();
};

describe('buildMenuTemplate on macOS', () => {
  const { template, actions } = build('darwin');
  const appMenu = submenu(template[0]);

  it('starts with the app menu, holding Settings… (Cmd+,) and Quit', () => {
    expect(template[0].label).toBe('Career Organizer');
    const settings = byLabel(appMenu, 'Settings…');
    expect(settings?.accelerator).toBe('CmdOrCtrl+,');
    expect(appMenu.map((i) => i.role)).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    expect(appMenu.at(-1)?.role).toBe('quit');
  });

  it('opens settings from the app menu', () => {
    click(byLabel(appMenu, 'Settings…'));
    expect(actions.openSettings).toHaveBeenCalledOnce();
  });

  it('keeps Settings and Quit out of File, which closes the window instead', () => {
    const file = submenu(byLabel(template, 'File'));
    expect(file.some((i) => i.label?.startsWith('Settings'))).toBe(false);
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(file.at(-1)?.role).toBe('close');
  });

  it('has exactly one Settings item and one Quit in the whole menu', () => {
    const items = allItems(template);
    expect(items.filter((i) => i.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
    expect(items.filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});

describe.each(['win32', 'linux'] as const)('buildMenuTemplate on %s', (platform) => {
  const { template, actions } = build(platform);
  const file = submenu(template[0]);

  it('has no app menu: File comes first, with Settings (Ctrl+,) and Exit', () => {
    expect(template[0].label).toBe('File');
    expect(template.some((i) => i.label === 'Career Organizer')).toBe(false);
    expect(byLabel(file, 'Settings')?.accelerator).toBe('CmdOrCtrl+,');
    expect(file.at(-1)).toMatchObject({ role: 'quit', label: 'Exit' });
  });

  it('opens settings from File', () => {
    click(byLabel(file, 'Settings'));
    expect(actions.openSettings).toHaveBeenCalledOnce();
    expect(actions.openDataFolder).not.toHaveBeenCalled();
  });
});

describe.each(['darwin', 'win32', 'linux'] as const)('buildMenuTemplate menus on %s', (platform) => {
  it('contains File, Edit, View, Window and Help menus in order', () => {
    const { template } = build(platform);
    const names = template.map((i) => i.role ?? i.label);
    expect(names.slice(-5)).toEqual(['File', 'editMenu', 'View', 'windowMenu', 'help']);
    expect(submenu(byLabel(template, 'View')).map((i) => i.role)).toEqual(
      expect.arrayContaining(['reload', 'resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']),
    );
  });

  it('opens the data folder from File and help from Help, each with its own action', () => {
    const { template, actions } = build(platform);
    click(byLabel(submenu(byLabel(template, 'File')), 'Open data folder'));
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
    click(submenu(template.find((i) => i.role === 'help'))[0]);
    expect(actions.openHelp).toHaveBeenCalledOnce();
    expect(actions.openSettings).not.toHaveBeenCalled();
    expect(actions.openDataFolder).toHaveBeenCalledOnce();
  });
});
