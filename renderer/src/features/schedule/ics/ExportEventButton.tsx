import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import type { ScheduleEvent } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { showFailure } from '../data/undo-toast';
import { exportEvent } from './export-ics';

/** "Save as calendar file": the event as .ics, to open in Google Calendar, Outlook, Apple Calendar or Thunderbird. */
export function ExportEventButton({ event }: { event: ScheduleEvent }) {
  const { t } = useTranslation();
  const run = async () => {
    try {
      await exportEvent(getDb(), event);
      useToasts.getState().show({ tone: 'success', message: t('schedule.export.savedOne', { title: event.title }) });
    } catch (err) {
      showFailure(t('schedule.export.failed', { reason: (err as Error).message }));
    }
  };
  return (
    <Button icon={<Download />} onClick={() => void run()}>
      {t('schedule.export.one')}
    </Button>
  );
}
