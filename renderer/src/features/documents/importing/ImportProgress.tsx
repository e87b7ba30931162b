import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoaderCircle } from 'lucide-react';
import { useClient } from '../../../api/context';
import { Button } from '../../../ui/Button';
import { useImports, type ImportBatch } from './import-store';
import './importing.css';

/**
 * Imports on their way, with a count, a bar and Cancel. Screen readers hear when an
 * import starts (below) and the summary toast when it ends, not every file in between.
 */
export function ImportProgress() {
  const { t } = useTranslation();
  const batches = useImports((s) => s.batches).filter((b) => b.shown);
  const announcement =
    batches.length === 0
      ? ''
      : batches[0].total === null
        ? t('documents.importing.startedUnknown')
        : t('documents.importing.started', { count: batches[0].total });
  return (
    <>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {batches.map((batch) => (
        <BatchPanel key={batch.batchId} batch={batch} />
      ))}
    </>
  );
}

function BatchPanel({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation();
  const client = useClient();
  const titleId = useId();
  const known = batch.total !== null && batch.total > 0;
  const count = known ? t('documents.importing.progress', { done: batch.done, total: batch.total }) : t('documents.importing.preparing');
  const percent = known ? Math.min(100, Math.round((batch.done / (batch.total ?? 1)) * 100)) : 0;
  const cancel = () => {
    useImports.getState().markCancelling(batch.batchId);
    // If the batch already ended, there is nothing left to stop; the summary toast says what was added.
    client.send('documents-import-cancel', { batchId: batch.batchId }).catch(() => undefined);
  };
  return (
    <div className="import-progress" role="group" aria-labelledby={titleId}>
      <LoaderCircle className="import-progress__icon" aria-hidden="true" />
      <div className="import-progress__body">
        <p className="import-progress__title" id={titleId}>
          <strong>{t('documents.importing.title')}</strong> <span>{count}</span>
        </p>
        <div
          className={`import-progress__bar${known ? '' : ' import-progress__bar--unknown'}`}
          role="progressbar"
          aria-labelledby={titleId}
          aria-valuemin={0}
          aria-valuemax={known ? (batch.total ?? undefined) : undefined}
          aria-valuenow={known ? batch.done : undefined}
          aria-valuetext={count}
        >
          <div className="import-progress__fill" style={{ width: known ? `${percent}%` : undefined }} />
        </div>
        {batch.current ? <p className="import-progress__current">{t('documents.importing.current', { name: batch.current })}</p> : null}
      </div>
      <Button onClick={cancel} disabled={batch.cancelling}>
        {batch.cancelling ? t('documents.importing.cancelling') : t('documents.importing.cancel')}
      </Button>
    </div>
  );
}
