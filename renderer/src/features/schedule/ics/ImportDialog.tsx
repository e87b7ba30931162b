import { useTranslation } from 'react-i18next';
import { FileUp, TriangleAlert } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useIcsImportStore } from './import-store';
import { ImportReport } from './ImportReport';
import './ics.css';

export interface ImportDialogProps {
  onConfirm(): void;
  onCancel(): void;
  onChooseAnother(): void;
}

/** The import, step by step: reading (with Cancel), what it will do (with Import), or why nothing can be imported. */
export function ImportDialog({ onConfirm, onCancel, onChooseAnother }: ImportDialogProps) {
  const { t } = useTranslation();
  const current = useIcsImportStore((s) => s.current);
  const open = current.step !== 'idle';
  const writes = current.step === 'review' || current.step === 'writing' ? current.plan.add.length + current.plan.update.length : 0;
  let actions = null;
  if (current.step === 'reading') actions = <Button onClick={onCancel}>{t('schedule.import.cancel')}</Button>;
  else if (current.step === 'failed') {
    actions = (
      <>
        <Button onClick={onCancel}>{t('schedule.import.close')}</Button>
        <Button variant="primary" icon={<FileUp />} onClick={onChooseAnother}>
          {t('schedule.import.choose')}
        </Button>
      </>
    );
  } else if (current.step === 'review' || current.step === 'writing') {
    actions = (
      <>
        <Button onClick={onCancel} disabled={current.step === 'writing'}>
          {writes > 0 ? t('schedule.import.cancel') : t('schedule.import.close')}
        </Button>
        {writes > 0 ? (
          <Button variant="primary" onClick={onConfirm} disabled={current.step === 'writing'}>
            {t('schedule.import.confirm', { count: writes })}
          </Button>
        ) : null}
      </>
    );
  }
  return (
    <Dialog open={open} title={t('schedule.import.title')} closeLabel={t('schedule.import.close')} onClose={onCancel} actions={actions}>
      {open ? <p className="ics-dialog__source">{t('schedule.import.source', { name: current.name })}</p> : null}
      {current.step === 'reading' ? (
        <p role="status" className="ics-dialog__busy">
          {t('schedule.import.reading', { name: current.name })}
        </p>
      ) : null}
      {current.step === 'failed' ? (
        <p role="alert" className="ics-dialog__failure">
          <TriangleAlert aria-hidden="true" />
          {current.message}
        </p>
      ) : null}
      {current.step === 'review' || current.step === 'writing' ? <ImportReport result={current.result} plan={current.plan} /> : null}
      {current.step === 'writing' ? (
        <p role="status" className="ics-dialog__busy">
          {t('schedule.import.writing')}
        </p>
      ) : null}
    </Dialog>
  );
}
