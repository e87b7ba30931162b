import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoaderCircle } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { cancelImport, useCsvImport, type ImportView } from './import-store';
import { StepHeading } from './StepHeading';

/** Step 3 while it runs: "Adding jobs… 2,000 of 50,000 rows", a bar, and Cancel. The rest of the app stays usable. */
export function RunStep({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const view = useCsvImport((s) => s.view) as Extract<ImportView, { step: 'running' }>;
  const labelId = useId();
  const count = t(view.phase === 'checking' ? 'jobsAdding.import.checking' : 'jobsAdding.import.adding', { done: view.done, total: view.total });
  const percent = view.total > 0 ? Math.min(100, Math.round((view.done / view.total) * 100)) : 0;
  return (
    <section className="csv-import__step" aria-labelledby="csv-step-run">
      <div id="csv-step-run">
        <StepHeading step={3} title={t('jobsAdding.import.runTitle')} focus={focus} />
      </div>
      <div className="import-run">
        <LoaderCircle aria-hidden="true" className="notice__icon notice__icon--spin" />
        <div className="import-run__body">
          <p className="import-run__count" id={labelId}>
            {count}
          </p>
          <div
            className="import-run__bar"
            role="progressbar"
            aria-labelledby={labelId}
            aria-valuemin={0}
            aria-valuemax={view.total}
            aria-valuenow={view.done}
            aria-valuetext={count}
          >
            <div className="import-run__fill" style={{ width: `${percent}%` }} />
          </div>
          <p className="import-run__hint">{t('jobsAdding.import.keepWorking')}</p>
        </div>
        <Button onClick={cancelImport} disabled={view.cancelling}>
          {view.cancelling ? t('jobsAdding.import.cancelling') : t('jobsAdding.import.cancel')}
        </Button>
      </div>
    </section>
  );
}
