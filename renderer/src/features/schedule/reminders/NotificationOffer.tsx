import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellRing } from 'lucide-react';
import { useAppInfo, useSettings } from '../../../stores/settings';
import { Button } from '../../../ui/Button';

/** The page's notification permission, or null where the browser has no notifications. */
function permission(): NotificationPermission | null {
  return typeof Notification === 'undefined' ? null : Notification.permission;
}

/**
 * In browser mode reminders can pop up outside the tab only if the browser allows it.
 * This asks once, on the user's click (browsers ignore a request made without one). The
 * desktop app uses the system's notifications and never shows this.
 */
export function NotificationOffer() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const settings = useSettings();
  const [state, setState] = useState(permission);
  if (info.mode !== 'browser' || !settings.notifications || state !== 'default') return null;
  const ask = () => {
    void Notification.requestPermission().then(setState, () => setState(permission()));
  };
  return (
    <div className="schedule-page__notice">
      <BellRing aria-hidden="true" />
      <p>{t('schedule.reminders.offer')}</p>
      <Button onClick={ask}>{t('schedule.reminders.allow')}</Button>
    </div>
  );
}
