// The page's notification permission, read once and then kept up to date.
//
// Reading Notification.permission asks the browser process and waits for its answer: half a
// millisecond on a quiet machine, several on a busy one, and the schedule page used to ask
// every time it was drawn. ScheduleServices reads it ahead at a quiet moment after start;
// the Permissions API tells of a change made in the browser's settings meanwhile.

let known: NotificationPermission | null | undefined;

function read(): NotificationPermission | null {
  return typeof Notification === 'undefined' ? null : Notification.permission;
}

function follow(): void {
  try {
    void navigator.permissions
      ?.query({ name: 'notifications' })
      .then((status) => status.addEventListener('change', () => (known = read())))
      .catch(() => undefined);
  } catch {
    // No Permissions API: the value read stays until the page asks again (requestPermission).
  }
}

/** The page's notification permission, or null where the browser has no notifications. */
export function notificationPermission(): NotificationPermission | null {
  if (known === undefined) {
    known = read();
    follow();
  }
  return known;
}

/** Records what the user answered when asked (requestPermission's result). */
export function permissionAnswered(answer: NotificationPermission): void {
  known = answer;
}
