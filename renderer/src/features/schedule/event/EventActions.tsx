import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pencil, Trash2 } from 'lucide-react';
import { localDateOf } from '../../../../../shared/domain/jobs';
import type { Occurrence, ScheduleEvent } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { deleteEventScoped, seriesPlace, type EditTarget, type SeriesScope } from '../data/save-event';
import { showFailure, showUndoToast } from '../data/undo-toast';
import { formatLongDay } from '../dates/format';
import { EventDialog } from '../form/EventDialog';
import { ScopeChoice } from '../form/ScopeChoice';
import { useEventEditor } from '../form/use-event-editor';
import { ExportEventButton } from '../ics/ExportEventButton';
import { lastScheduleView, viewPath } from '../paths';

/** Edit, export and delete for the event page. Deleting one of a series asks which ones first; every delete has Undo. */
export function EventActions({ event, occurrence }: { event: ScheduleEvent; occurrence: Occurrence }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const editor = useEventEditor();
  const [asking, setAsking] = useState(false);
  const [scope, setScope] = useState<SeriesScope>('this');
  const target: EditTarget = { event, recurrenceId: event.recurrence ? occurrence.start : null };
  const place = seriesPlace(target);

  const remove = async (chosen: SeriesScope) => {
    setAsking(false);
    try {
      const undo = await deleteEventScoped(getDb(), target, chosen);
      const message = place && chosen === 'this' ? t('schedule.event.deletedOne', { title: event.title }) : t('schedule.event.deleted', { title: event.title });
      showUndoToast(t, message, undo);
      void navigate(viewPath(lastScheduleView(), localDateOf(new Date(occurrence.startUtc))));
    } catch (err) {
      showFailure(t('schedule.event.deleteFailed', { reason: (err as Error).message }));
    }
  };
  return (
    <div className="event-page__actions">
      <Button icon={<Pencil />} variant="primary" onClick={() => editor.open({ mode: 'edit', target, shown: event.recurrence ? { start: occurrence.start, end: occurrence.end } : null })}>
        {t('schedule.event.edit')}
      </Button>
      <ExportEventButton event={event} />
      <Button icon={<Trash2 />} onClick={() => (place ? setAsking(true) : void remove('all'))}>
        {t('schedule.event.delete')}
      </Button>
      <EventDialog {...editor.dialog} />
      <Dialog
        open={asking}
        title={t('schedule.event.deleteTitle')}
        closeLabel={t('schedule.form.close')}
        onClose={() => setAsking(false)}
        actions={
          <>
            <Button onClick={() => setAsking(false)}>{t('schedule.form.cancel')}</Button>
            <Button variant="danger" icon={<Trash2 />} onClick={() => void remove(scope)}>
              {t('schedule.event.delete')}
            </Button>
          </>
        }
      >
        {place ? <ScopeChoice value={scope} onChange={setScope} action="delete" when={formatLongDay(place.recurrenceId.slice(0, 10), language)} /> : null}
      </Dialog>
    </div>
  );
}
