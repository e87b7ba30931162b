import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseWeeklyTarget } from '../../../../../renderer/src/features/settings/JobSearchSection';
import { recordingHost } from '../../../../support/recording-host';
import { renderApp } from '../../../../support/render-app';

let app: ReturnType<typeof renderApp> | null = null;
afterEach(async () => {
  await app?.cleanup();
  app = null;
});

describe('Settings page', () => {
  it('applies a theme at once and saves it in the backend', async () => {
    app = renderApp('/settings');
    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await waitFor(async () => expect((await app!.client.send('settings-get', {})).theme).toBe('dark'));
    fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('light'));
  });

  it('switches every string to Spanish when Español is chosen', async () => {
    app = renderApp('/settings');
    fireEvent.click(await screen.findByRole('radio', { name: /Español/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Configuración' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Inicio' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('es');
  });

  it('saves a valid weekly target on Enter and explains an invalid one without saving it', async () => {
    app = renderApp('/settings');
    const field = await screen.findByRole('textbox', { name: /activities each week/ });
    fireEvent.change(field, { target: { value: '5' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    await waitFor(async () => expect((await app!.client.send('settings-get', {})).weeklyActivityTarget).toBe(5));
    expect(field.isConnected).toBe(true); // not remounted: keyboard focus stays where the user is

    fireEvent.change(field, { target: { value: 'lots' } });
    fireEvent.blur(field);
    expect(await screen.findByText('Enter a whole number from 0 to 50.')).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect((await app.client.send('settings-get', {})).weeklyActivityTarget).toBe(5);
  });

  it('follows a change made in another window (settings-changed push)', async () => {
    app = renderApp('/settings');
    const reminders = (await screen.findByRole('checkbox', { name: /reminders/ })) as HTMLInputElement;
    expect(reminders.checked).toBe(true);
    await act(async () => {
      await app!.client.send('settings-set', { notifications: false, weeklyActivityTarget: 9 });
    });
    await waitFor(() => expect(reminders.checked).toBe(false));
    expect((screen.getByRole('textbox', { name: /activities each week/ }) as HTMLInputElement).value).toBe('9');
  });

  it('shows the backend’s advice when a relative library folder is typed (browser mode: no folder picker)', async () => {
    app = renderApp('/settings', recordingHost({ capabilities: { pickFolder: false, openPath: false } }));
    const field = await screen.findByRole('textbox', { name: 'Folder path' });
    fireEvent.change(field, { target: { value: 'docs' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this folder' }));
    expect(await screen.findByText(/full path of a folder/)).toBeTruthy();
    fireEvent.change(field, { target: { value: `${app.dataDir}/Jobs` } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this folder' }));
    expect(await screen.findByText(`Your documents are now in ${app.dataDir}/Jobs`)).toBeTruthy();
    expect((await app.client.send('settings-get', {})).libraryDir).toBe(`${app.dataDir}/Jobs`);
    await waitFor(() => expect(screen.queryByText(/full path of a folder/)).toBeNull());
  });

  it('changes the library folder with the system folder picker on the desktop, moving the documents', async () => {
    let chosen = '';
    app = renderApp('/settings', recordingHost({ pickFolder: async () => chosen }));
    chosen = `${app.dataDir}/Picked`;
    fireEvent.click(await screen.findByRole('button', { name: /Choose a different folder/ }));
    expect(await screen.findByText(`Your documents are now in ${chosen}`)).toBeTruthy();
    expect(screen.getByText(chosen, { selector: '.path' })).toBeTruthy();
  });
});

describe('parseWeeklyTarget', () => {
  it.each([
    ['3', 3],
    [' 0 ', 0],
    ['50', 50],
    ['51', null],
    ['-1', null],
    ['2.5', null],
    ['', null],
    ['three', null],
  ])('%j → %j', (text, expected) => expect(parseWeeklyTarget(text)).toBe(expected));
});
