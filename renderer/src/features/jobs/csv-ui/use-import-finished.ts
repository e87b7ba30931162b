import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useToasts } from '../../../stores/toasts';
import type { ImportSummary } from './import-store';

/** Tells the user how an import ended, wherever they are in the app by then. */
export function useImportFinished(): (file: string, summary: ImportSummary) => void {
  const { t } = useTranslation();
  return useCallback(
    (file, summary) => {
      const { show } = useToasts.getState();
      if (summary.failure) show({ tone: 'error', message: t('jobsAdding.import.failed', { reason: summary.failure }) });
      else if (!summary.stopped) show({ tone: 'success', message: t('jobsAdding.import.finishedToast', { count: summary.added, file }) });
    },
    [t],
  );
}
