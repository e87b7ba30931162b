import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Download } from 'lucide-react';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { useLanguage } from '../../../i18n/use-language';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/Field';
import { showFailure } from '../data/undo-toast';
import { isViewDate } from '../dates/calendar-math';
import { formatMediumDay } from '../dates/format';
import { exportRange } from './export-ics';

export interface ExportRangeDialogProps {
  open: boolean;
  /** The dates the form starts with: what the calendar shows. */
  from: CalendarDate;
  to: CalendarDate;
  onClose(): void;
}

/** "Save dates as a calendar file": pick from and to, get one .ics with every event in between. */
export function ExportRangeDialog({ open, from, to, onClose }: ExportRangeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('schedule.export.rangeTitle')} closeLabel={t('schedule.form.close')} onClose={onClose}>
      {open ? <RangeForm key={`${from}|${to}`} from={from} to={to} onClose={onClose} /> : null}
    </Dialog>
  );
}

function RangeForm({ from: initialFrom, to: initialTo, onClose }: Omit<ExportRangeDialogProps, 'open'>) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const [attempt, setAttempt] = useState(0);
  const [note, setNote] = useState<string | null>(null);
  const fromError = attempt > 0 && !isViewDate(from) ? t('schedule.export.dateInvalid') : undefined;
  const toError = attempt > 0 ? (!isViewDate(to) ? t('schedule.export.dateInvalid') : isViewDate(from) && to < from ? t('schedule.export.orderInvalid') : undefined) : undefined;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setNote(null);
    if (!isViewDate(from) || !isViewDate(to) || to < from) return;
    const range = { from: formatMediumDay(from, language), to: formatMediumDay(to, language) };
    try {
      const count = await exportRange(getDb(), from, to);
      if (count === 0) return setNote(t('schedule.export.none', range));
      useToasts.getState().show({ tone: 'success', message: t('schedule.export.savedRange', { count, ...range }) });
      onClose();
    } catch (err) {
      showFailure(t('schedule.export.failed', { reason: (err as Error).message }));
    }
  };
  return (
    <form className="form-dialog" onSubmit={(event) => void submit(event)} noValidate>
      <p>{t('schedule.export.rangeIntro')}</p>
      <div className="form-dialog__row">
        <TextField name="from" type="date" label={t('schedule.export.from')} value={from} error={fromError} onChange={(e) => setFrom(e.target.value)} />
        <TextField name="to" type="date" label={t('schedule.export.to')} value={to} error={toError} onChange={(e) => setTo(e.target.value)} />
      </div>
      {note ? (
        <p role="status" className="ics-dialog__note">
          {note}
        </p>
      ) : null}
      <div className="dialog__actions ics-dialog__actions">
        <Button onClick={onClose}>{t('schedule.form.cancel')}</Button>
        <Button type="submit" variant="primary" icon={<Download />}>
          {t('schedule.export.save')}
        </Button>
      </div>
    </form>
  );
}
