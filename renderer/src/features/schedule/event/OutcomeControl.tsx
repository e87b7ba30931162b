import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVENT_OUTCOMES, type EventOutcome, type Occurrence, type ScheduleEvent } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { Section } from '../../../ui/PageHeader';
import { SelectField } from '../../contacts/shared/fields';
import { setOutcome } from '../data/save-event';
import { showFailure, showUndoToast } from '../data/undo-toast';
import { useNow } from '../page/use-now';

/** Kinds the job-search log counts once attended (PRODUCT.md): the hint says so. */
const COUNTED = new Set(['interview', 'workshop', 'hiring-event', 'job-centre-appointment']);

/**
 * "How did it go?" on an event that has started: attended, missed, cancelled or
 * rescheduled. Attended interviews, workshops, hiring events and job-centre
 * appointments count in the job-search log.
 */
export function OutcomeControl({ event, occurrence }: { event: ScheduleEvent; occurrence: Occurrence }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const now = useNow();
  if (occurrence.startUtc > now) return null;
  const change = async (value: EventOutcome | '') => {
    setSaving(true);
    try {
      const target = { event, recurrenceId: event.recurrence ? occurrence.start : null };
      const undo = await setOutcome(getDb(), target, value || null);
      const message = value ? t('schedule.outcome.saved', { outcome: t(`schedule.outcomes.${value}`) }) : t('schedule.outcome.cleared');
      // On a series this makes the occurrence a record of its own; the page follows it there.
      showUndoToast(t, message, undo);
    } catch (err) {
      showFailure(t('schedule.outcome.failed', { reason: (err as Error).message }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Section id="event-outcome" title={t('schedule.outcome.title')}>
      <SelectField
        name="outcome"
        label={t('schedule.outcome.label')}
        hint={COUNTED.has(event.kind) ? t('schedule.outcome.countsHint') : undefined}
        value={event.outcome ?? ''}
        disabled={saving}
        onChange={(e) => void change(e.target.value as EventOutcome | '')}
      >
        <option value="">{t('schedule.outcomes.none')}</option>
        {EVENT_OUTCOMES.map((outcome) => (
          <option key={outcome} value={outcome}>
            {t(`schedule.outcomes.${outcome}`)}
          </option>
        ))}
      </SelectField>
    </Section>
  );
}
