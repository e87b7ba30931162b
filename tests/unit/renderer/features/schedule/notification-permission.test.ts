// The notification permission is read once (it is a wait on the browser process) and then
// follows what the user answers and what the browser's settings change.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('The notification permission', () => {
  it('is read once, then follows the user’s answer and changes made in the browser’s settings', async () => {
    const page = { permission: 'default' as NotificationPermission };
    const reads = vi.fn(() => page.permission);
    vi.stubGlobal('Notification', Object.defineProperty({}, 'permission', { get: reads }));
    const status = new EventTarget();
    vi.stubGlobal('navigator', { permissions: { query: vi.fn(async () => status) } });
    const { notificationPermission, permissionAnswered } = await import('../../../../../renderer/src/features/schedule/reminders/notification-permission');

    expect(notificationPermission()).toBe('default');
    expect(notificationPermission()).toBe('default');
    expect(reads).toHaveBeenCalledTimes(1);

    permissionAnswered('granted');
    expect(notificationPermission()).toBe('granted');

    page.permission = 'denied';
    await vi.waitFor(() => {
      status.dispatchEvent(new Event('change'));
      expect(notificationPermission()).toBe('denied');
    });
  });

  it('is null where the page has no notifications', async () => {
    vi.stubGlobal('Notification', undefined);
    const { notificationPermission } = await import('../../../../../renderer/src/features/schedule/reminders/notification-permission');
    expect(notificationPermission()).toBeNull();
  });
});
