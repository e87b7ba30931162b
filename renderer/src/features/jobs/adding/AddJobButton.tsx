import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FileDown, FileUp, Plus } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { useExportJobs } from './use-export-jobs';
import './adding.css';

/** The jobs pages' primary action: "Add job", a link to /jobs/new. */
export function AddJobButton() {
  const { t } = useTranslation();
  return (
    <Link to="/jobs/new" className="btn btn--primary">
      <span className="btn__icon" aria-hidden="true">
        <Plus />
      </span>
      <span>{t('jobsAdding.actions.add')}</span>
    </Link>
  );
}

/** "Import from a spreadsheet": a link to the CSV import at /jobs/import. */
export function ImportJobsLink() {
  const { t } = useTranslation();
  return (
    <Link to="/jobs/import" className="btn btn--secondary">
      <span className="btn__icon" aria-hidden="true">
        <FileUp />
      </span>
      <span>{t('jobsAdding.actions.import')}</span>
    </Link>
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
