import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventFields, EventPatch, ScheduleEvent, WallTime } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { addEvent } from '../../../db/events-table';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { fieldChanges, saveEventEdit, seriesPlace, type EditTarget, type SeriesScope } from '../data/save-event';
import { showUndoToast } from '../data/undo-toast';
import { formatLongDay } from '../dates/format';
import { draftFromEvent, newEventDraft, type EventDraft, type NewEventSeed } from './event-draft';
import { EventForm } from './EventForm';
import { sameRecurrence } from './repeat-rule';
import { ScopeChoice } from './ScopeChoice';
import { validateEventDraft } from './validate-event';

/** What the dialog is asked to do: add an event (from a slot, a job …) or edit one (an occurrence of a series says which). */
export type EditorRequest =
  | { mode: 'new'; seed: NewEventSeed; showRepeat?: boolean; onSaved?(event: ScheduleEvent): void }
  | { mode: 'edit'; target: EditTarget; shown: { start: WallTime; end: WallTime } | null };

export interface EventDialogProps {
  request: EditorRequest | null;
  /** Goes up on every opening, so each starts with a fresh form. */
  session: number;
  onClose(): void;
}

/** Add or edit an event; for an event in a series, then ask which occurrences the change is for. */
export function EventDialog({ request, session, onClose }: EventDialogProps) {
  const { t } = useTranslation();
  const editing = request?.mode === 'edit';
  return (
    <Dialog open={request !== null} title={editing ? t('schedule.form.editTitle') : t('schedule.form.addTitle')} closeLabel={t('schedule.form.close')} onClose={onClose}>
      {request ? <EditorBody key={session} request={request} formId={`event-form-${session}`} onClose={onClose} /> : null}
    </Dialog>
  );
}

/** What the user changed, compared with what the form opened with; a rule written differently but repeating the same is no change. */
function changesFrom(initial: EventDraft, fields: EventFields): EventPatch {
  const before = validateEventDraft(initial).fields ?? fields;
  const patch = fieldChanges(before, fields);
  if ('recurrence' in patch && sameRecurrence(before.recurrence, fields.recurrence)) delete patch.recurrence;
  return patch;
}

function EditorBody({ request, formId, onClose }: { request: EditorRequest; formId: string; onClose(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [initial] = useState<EventDraft>(() => (request.mode === 'new' ? newEventDraft(request.seed) : draftFromEvent(request.target.event, request.shown ?? undefined)));
  const [pending, setPending] = useState<EventFields | null>(null);
  const [scope, setScope] = useState<SeriesScope>('this');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const place = request.mode === 'edit' ? seriesPlace(request.target) : null;

  const save = async (fields: EventFields, chosen: SeriesScope) => {
    setBusy(true);
    setFailure(null);
    try {
      const db = getDb();
      if (request.mode === 'new') {
        const event = await addEvent(db, fields);
        showUndoToast(t, t('schedule.form.added', { title: event.title, date: formatLongDay(event.start.slice(0, 10), language) }), { put: [], remove: [event.id] });
        onClose();
        request.onSaved?.(event);
        return;
      }
      const undo = await saveEventEdit(db, request.target, fields, changesFrom(initial, fields), chosen);
      showUndoToast(t, t('schedule.form.saved', { title: fields.title }), undo);
      onClose();
    } catch (err) {
      setFailure(t('schedule.form.failed', { reason: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };

  const onValid = (fields: EventFields) => {
    if (!place) return void save(fields, 'all');
    // A changed repetition can't apply to one occurrence alone.
    setScope('recurrence' in changesFrom(initial, fields) ? 'following' : 'this');
    setPending(fields);
  };

  const repeatChanged = pending ? 'recurrence' in changesFrom(initial, pending) : false;
  const showRepeat = request.mode === 'new' ? request.showRepeat !== false : !request.target.event.override;
  return (
    <>
      {failure ? (
        <p className="form-dialog__failure" role="alert">
          {failure}
        </p>
      ) : null}
      <div hidden={pending !== null}>
        <EventForm id={formId} initial={initial} showRepeat={showRepeat} onValid={onValid} />
      </div>
      {pending && place ? (
        <ScopeChoice value={scope} onChange={setScope} action="change" when={formatLongDay(place.recurrenceId.slice(0, 10), language)} allowThis={!repeatChanged} />
      ) : null}
      <div className="dialog__actions event-form__actions">
        {pending ? (
          <>
            <Button onClick={() => setPending(null)}>{t('schedule.form.back')}</Button>
            <Button variant="primary" disabled={busy} onClick={() => void save(pending, scope)}>
              {t('schedule.form.save')}
            </Button>
          </>
        ) : (
          <>
            <Button onClick={onClose}>{t('schedule.form.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" disabled={busy}>
              {request.mode === 'new' ? t('schedule.form.add') : place ? t('schedule.form.next') : t('schedule.form.save')}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
