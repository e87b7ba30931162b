import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AlarmClock, BellRing, X } from 'lucide-react';
import type { Reminder } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useToasts } from '../../../stores/toasts';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useReminderAlerts, type ReminderAlert } from './alerts-store';
import './reminders.css';

/** How long "Remind me later" waits. */
export const SNOOZE_MINUTES = 10;

/**
 * Reminders in the page, apart from the toasts: they stay until acted on. A due one offers
 * Open and "Remind me in 10 minutes"; the missed ones are listed with a link each.
 */
export function ReminderAlerts() {
  const { t } = useTranslation();
  const alerts = useReminderAlerts((s) => s.alerts);
  return (
    <section className="reminder-alerts" aria-label={t('schedule.reminders.region')}>
      <div role="alert" className="reminder-alerts__list">
        {alerts.map((alert) => (alert.kind === 'due' ? <DueAlert key={alert.id} alert={alert} /> : <MissedAlert key={alert.id} alert={alert} />))}
      </div>
    </section>
  );
}

function DueAlert({ alert }: { alert: ReminderAlert }) {
  const { t } = useTranslation();
  const client = useClient();
  const dismiss = useReminderAlerts((s) => s.dismiss);
  const reminder = alert.reminders[0];
  const snooze = async () => {
    dismiss(alert.id);
    try {
      await client.send('schedule-snooze', { key: reminder.key, minutes: SNOOZE_MINUTES });
      useToasts.getState().show({ tone: 'success', message: t('schedule.reminders.snoozed') });
    } catch (err) {
      useToasts.getState().show({ tone: 'error', message: t('schedule.reminders.snoozeFailed', { reason: (err as Error).message }) });
    }
  };
  return (
    <div className="reminder-alert">
      <BellRing aria-hidden="true" className="reminder-alert__icon" />
      <div className="reminder-alert__text">
        <p className="reminder-alert__title">{t('schedule.reminders.due', { title: reminder.title })}</p>
        {reminder.body ? <p className="reminder-alert__body">{reminder.body}</p> : null}
        <div className="reminder-alert__actions">
          <ButtonLink variant="primary" to={reminder.route} onClick={() => dismiss(alert.id)}>
            {t('schedule.reminders.open')}
          </ButtonLink>
          <button type="button" className="btn btn--secondary" onClick={() => void snooze()}>
            <AlarmClock aria-hidden="true" className="btn__icon" />
            {t('schedule.reminders.snooze')}
          </button>
        </div>
      </div>
      <CloseButton onClose={() => dismiss(alert.id)} />
    </div>
  );
}

function MissedAlert({ alert }: { alert: ReminderAlert }) {
  const { t } = useTranslation();
  const dismiss = useReminderAlerts((s) => s.dismiss);
  return (
    <div className="reminder-alert">
      <BellRing aria-hidden="true" className="reminder-alert__icon" />
      <div className="reminder-alert__text">
        <p className="reminder-alert__title">{t('schedule.reminders.missed', { count: alert.reminders.length })}</p>
        <ul className="reminder-alert__missed">
          {alert.reminders.map((reminder: Reminder) => (
            <li key={reminder.key}>
              <Link to={reminder.route}>{reminder.title}</Link>
              {reminder.body ? <span className="reminder-alert__body"> — {reminder.body}</span> : null}
            </li>
          ))}
        </ul>
      </div>
      <CloseButton onClose={() => dismiss(alert.id)} />
    </div>
  );
}

function CloseButton({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="reminder-alert__close" onClick={onClose} aria-label={t('schedule.reminders.dismiss')}>
      <X aria-hidden="true" />
    </button>
  );
}
