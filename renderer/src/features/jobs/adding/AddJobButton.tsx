import { useTranslation } from 'react-i18next';
import { FileDown, FileUp, Plus } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { useExportJobs } from './use-export-jobs';
import './adding.css';

/** The jobs pages' primary action: "Add job", a link to /jobs/new. */
export function AddJobButton() {
  const { t } = useTranslation();
  return (
    <ButtonLink variant="primary" to="/jobs/new" icon={<Plus />}>
      {t('jobsAdding.actions.add')}
    </ButtonLink>
  );
}

/** "Import from a spreadsheet": a link to the CSV import at /jobs/import. */
export function ImportJobsLink() {
  const { t } = useTranslation();
  return (
    <ButtonLink to="/jobs/import" icon={<FileUp />}>
      {t('jobsAdding.actions.import')}
    </ButtonLink>
  );
}

/** "Export to a spreadsheet": downloads every job as career-organizer-jobs-YYYY-MM-DD.csv. */
export function ExportJobsButton() {
  const { t } = useTranslation();
  const { exporting, exportJobs } = useExportJobs();
  return (
    <Button icon={<FileDown />} onClick={() => void exportJobs()} disabled={exporting} aria-busy={exporting || undefined}>
      {exporting ? t('jobsAdding.actions.exporting') : t('jobsAdding.actions.export')}
    </Button>
  );
}

/** All three together for a page header: Import and Export first, the primary Add job last (rightmost). */
export function JobsAddingActions() {
  return (
    <div className="jobs-adding-actions">
      <ImportJobsLink />
      <ExportJobsButton />
      <AddJobButton />
    </div>
  );
}
