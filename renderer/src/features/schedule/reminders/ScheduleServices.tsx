import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { Reminder } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useSettingsStore } from '../../../stores/settings';
import { useReminderAlerts } from './alerts-store';
import { ReminderAlerts } from './ReminderAlerts';
import { notificationPermission } from './notification-permission';
import { useReminderSync } from './use-reminder-sync';
import { whenIdle } from './when-idle';

// Missed reminders are asked for once per page load, even if this mounts again.
let missedAsked = false;

/** Shows a page notification when the browser allows it (browser mode; the desktop uses the system's). */
function pageNotification(reminder: Reminder, open: () => void): void {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  try {
    const notification = new Notification(reminder.title, { body: reminder.body, tag: reminder.key });
    notification.onclick = () => {
      window.focus();
      open();
      notification.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the in-page reminder is shown anyway.
  }
}

/**
 * The schedule's work that runs on every page, from start: planning reminders with the
 * backend, showing the ones that come due (in the page, and as a page notification when
 * allowed and the system hasn't shown it), the ones missed while the app was closed (once),
 * and opening the event a clicked system notification asks for.
 */
export function ScheduleServices() {
  const client = useClient();
  const navigate = useNavigate();
  useReminderSync(client);

  useEffect(() => {
    const stopDue = client.listen('reminder-due', ({ reminder, notified }) => {
      // The Reminders setting off means no reminders at all, in the page too.
      if (useSettingsStore.getState().settings?.notifications === false) return;
      useReminderAlerts.getState().add('due', [reminder]);
      if (!notified) pageNotification(reminder, () => void navigate(reminder.route));
    });
    const stopNavigate = client.listen('navigate', ({ route }) => void navigate(route));
    return () => {
      stopDue();
      stopNavigate();
    };
  }, [client, navigate]);

  // Read ahead, so the schedule page never waits on the browser for it (see notification-permission).
  useEffect(() => whenIdle(() => void notificationPermission()), []);

  useEffect(() => {
    if (missedAsked) return;
    missedAsked = true;
    client
      .send('schedule-missed', {})
      .then((missed) => {
        if (missed.length > 0 && useSettingsStore.getState().settings?.notifications !== false) useReminderAlerts.getState().add('missed', missed);
      })
      .catch(() => undefined); // nothing missed can be shown; the next start asks again
  }, [client]);

  return <ReminderAlerts />;
}

/** For tests: ask for missed reminders again on the next mount. */
export function resetScheduleServices(): void {
  missedAsked = false;
}
