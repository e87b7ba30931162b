import { useTranslation } from 'react-i18next';
import { Trash } from 'lucide-react';
import type { JobRow } from '../../../db/rows';
import { Button } from '../../../ui/Button';
import { useDeleteJob } from '../state/use-delete-job';

/** Delete at once, with Undo in the toast (UI.md: undo instead of "Are you sure?"). */
export function DeleteJob({ job, onDeleted }: { job: JobRow; onDeleted(): void }) {
  const { t } = useTranslation();
  const remove = useDeleteJob(onDeleted);
  return (
    <div className="job-page__delete">
      <Button variant="quiet" className="job-page__delete-button" icon={<Trash />} onClick={() => void remove(job)}>
        {t('jobs.delete.button')}
      </Button>
      <p className="field__hint">{t('jobs.delete.hint')}</p>
    </div>
  );
}
