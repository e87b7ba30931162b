import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BellRing } from 'lucide-react';
import { useAppInfo, useSettings } from '../../../stores/settings';
import { Button } from '../../../ui/Button';
import { notificationPermission, permissionAnswered } from './notification-permission';

/**
 * In browser mode reminders can pop up outside the tab only if the browser allows it.
 * This asks once, on the user's click (browsers ignore a request made without one). The
 * desktop app uses the system's notifications and never shows this.
 */
export function NotificationOffer() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const settings = useSettings();
  const [state, setState] = useState(notificationPermission);
  if (info.mode !== 'browser' || !settings.notifications || state !== 'default') return null;
  const ask = () => {
    void Notification.requestPermission().then(
      (answer) => {
        permissionAnswered(answer);
        setState(answer);
      },
      () => setState(notificationPermission()),
    );
  };
  return (
    <div className="schedule-page__notice">
      <BellRing aria-hidden="true" />
      <p>{t('schedule.reminders.offer')}</p>
      <Button onClick={ask}>{t('schedule.reminders.allow')}</Button>
    </div>
  );
}
