import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Briefcase } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { useJobs } from '../state/jobs-store';
import { AddJobButton } from '../adding/AddJobButton';

/** Below the header (the board may start from the store's preview): loading, a failure with Try again, the teaching empty state, or the view itself. */
export function JobsBody({ onRetry, allowPreview = false, children }: { onRetry(): void; allowPreview?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const loaded = useJobs((s) => s.loaded);
  const loadError = useJobs((s) => s.loadError);
  const preview = useJobs((s) => (allowPreview ? s.preview : null));
  const count = useJobs((s) => s.byId.size);
  const ready = loaded || preview !== null;
  const total = loaded ? count : preview ? Object.values(preview.counts).reduce((a, b) => a + b, 0) : 0;
  if (loadError && !ready) {
    return (
      <div className="jobs-problem" role="alert">
        <p>{t('jobs.page.loadFailed', { reason: loadError })}</p>
        <Button onClick={onRetry}>{t('jobs.page.tryAgain')}</Button>
      </div>
    );
  }
  if (!ready) return <p role="status">{t('jobs.page.loading')}</p>;
  if (total === 0) {
    return (
      <EmptyState icon={<Briefcase />} title={t('jobs.empty.title')} action={<AddJobButton />}>
        <p>{t('jobs.empty.body')}</p>
        <p>{t('jobs.empty.stages')}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
