import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleStop, ListChecks, RotateCcw, TriangleAlert } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { resetImport, useCsvImport, type ImportView } from './import-store';
import { RowDetailsDialog } from './RowDetailsDialog';
import { StepHeading } from './StepHeading';
import { ButtonLink } from '../../../ui/ButtonLink';

/** The end: added N, skipped M (with the rows and reasons in a dialog), or where it stopped. */
export function DoneStep({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const view = useCsvImport((s) => s.view) as Extract<ImportView, { step: 'done' }>;
  const [details, setDetails] = useState(false);
  const { summary } = view;
  const Icon = summary.failure ? TriangleAlert : summary.stopped ? CircleStop : CircleCheck;
  const tone = summary.failure ? 'error' : summary.stopped ? 'info' : 'success';
  const hasDetails = summary.skipped.length > 0 || summary.changed.length > 0;
  return (
    <section className="csv-import__step" aria-labelledby="csv-step-done">
      <div id="csv-step-done">
        <StepHeading step={3} title={summary.stopped ? t('jobsAdding.import.stoppedTitle') : t('jobsAdding.import.doneTitle')} focus={focus} />
      </div>
      <div className={`notice notice--${tone} csv-done`}>
        <Icon aria-hidden="true" className="notice__icon" />
        <div>
          {summary.failure ? <p>{t('jobsAdding.import.failed', { reason: summary.failure })}</p> : null}
          <p className="csv-done__added">{t('jobsAdding.import.added', { count: summary.added })}</p>
          {summary.skipped.length > 0 ? <p>{t('jobsAdding.import.skipped', { count: summary.skipped.length })}</p> : null}
          {summary.changed.length > 0 ? <p>{t('jobsAdding.import.changed', { count: summary.changed.length })}</p> : null}
          {summary.contactsCreated > 0 ? <p>{t('jobsAdding.import.contactsCreated', { count: summary.contactsCreated })}</p> : null}
          {summary.stopped && summary.added > 0 ? <p>{t('jobsAdding.import.stoppedNote')}</p> : null}
        </div>
      </div>
      <div className="csv-import__actions">
        {summary.added > 0 ? (
          <ButtonLink variant="primary" to="/jobs">
            {t('jobsAdding.import.goToJobs')}
          </ButtonLink>
        ) : null}
        {hasDetails ? (
          <Button icon={<ListChecks />} onClick={() => setDetails(true)}>
            {t('jobsAdding.import.seeDetails')}
          </Button>
        ) : null}
        <Button icon={<RotateCcw />} onClick={resetImport}>
          {t('jobsAdding.import.importAnother')}
        </Button>
      </div>
      <RowDetailsDialog open={details} onClose={() => setDetails(false)} skipped={summary.skipped} changed={summary.changed} />
    </section>
  );
}
