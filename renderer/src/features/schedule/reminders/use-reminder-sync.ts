import { useEffect, useRef } from 'react';
import Dexie from 'dexie';
import { useTranslation } from 'react-i18next';
import { REMINDER_HORIZON_DAYS } from '../../../../../shared/domain/schedule';
import type { Client } from '../../../api/client';
import { getDb } from '../../../db/career-db';
import { eventsBetween } from '../../../db/events-table';
import { useLanguage } from '../../../i18n/use-language';
import { useToasts } from '../../../stores/toasts';
import { remindersFor } from './plan';
import { whenIdle } from './when-idle';

/** Changes in a burst (an import, Alt+Arrow pressed ten times) are planned once, after this pause. */
const SETTLE_MS = 400;
/** The planning window moves with the clock: plan again this often even when nothing changed. */
const REPLAN_MS = 6 * 60 * 60_000;
const DAY_MS = 86_400_000;

/**
 * Keeps the backend's reminder schedule in step with the events: planned once start-up is
 * over, again after every change to an event (here, in another window, by an import), and
 * every few hours as the window moves on. A failure is said once, not per change.
 *
 * The first plan waits for the page to be idle: it expands two months of events and words
 * every reminder, which would otherwise compete with the first page the user opens. Nothing
 * is lost meanwhile: the backend keeps firing the plan it was last given, and a change made
 * before then is planned as usual.
 */
export function useReminderSync(client: Client): void {
  const { t } = useTranslation();
  const language = useLanguage();
  const words = useRef({ t, language });
  useEffect(() => {
    words.current = { t, language };
  });
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let failedBefore = false;
    let stopped = false;
    const send = async () => {
      const now = Date.now();
      try {
        const events = await eventsBetween(getDb(), now, now + REMINDER_HORIZON_DAYS * DAY_MS);
        const reminders = remindersFor(events, now, words.current.t, words.current.language);
        if (stopped) return;
        await client.send('schedule-sync-reminders', { reminders });
        failedBefore = false;
      } catch (err) {
        if (stopped || failedBefore) return;
        failedBefore = true;
        useToasts.getState().show({ tone: 'error', message: words.current.t('schedule.reminders.syncFailed', { reason: (err as Error).message }) });
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void send(), SETTLE_MS);
    };
    const cancelFirst = whenIdle(() => void send());
    // Any write to the events table plans again (a plain event, not a live query: watching a
    // two-month read would cost a read of it at start and after every change).
    const prefix = `idb://${getDb().name}/events/`;
    const onWrite = (parts: Record<string, unknown>) => {
      if (Object.keys(parts).some((part) => part.startsWith(prefix))) schedule();
    };
    Dexie.on('storagemutated', onWrite);
    const replan = setInterval(schedule, REPLAN_MS);
    return () => {
      stopped = true;
      cancelFirst();
      Dexie.on('storagemutated').unsubscribe(onWrite);
      clearInterval(replan);
      if (timer) clearTimeout(timer);
    };
    // The language is a dependency so a change of language re-plans the reminders in the new words.
  }, [client, language]);
}
