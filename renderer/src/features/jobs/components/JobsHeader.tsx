import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SquareKanban, Table2 } from 'lucide-react';
import { PageHeader } from '../../../ui/PageHeader';
import { JobsAddingActions } from '../adding/AddJobButton';
import { useNewJobShortcut } from '../adding/use-new-job-shortcut';
import './jobs-page.css';

/** The title, Import / Export / Add job (the adding feature's), and the Board / Table switch (links, so each view has its own address). */
export function JobsHeader() {
  const { t } = useTranslation();
  // UI.md: "N" starts a new item in the current area.
  useNewJobShortcut();
  return (
    <>
      <PageHeader title={t('jobs.page.title')} action={<JobsAddingActions />} />
      <nav className="jobs-views" aria-label={t('jobs.page.views')}>
        <NavLink to="/jobs/board" className="jobs-views__link">
          <SquareKanban aria-hidden="true" />
          {t('jobs.page.board')}
        </NavLink>
        <NavLink to="/jobs/table" className="jobs-views__link">
          <Table2 aria-hidden="true" />
          {t('jobs.page.table')}
        </NavLink>
      </nav>
    </>
  );
}
