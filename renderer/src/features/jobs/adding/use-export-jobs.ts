import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../../db/career-db';
import { today } from '../../../db/clock';
import { useToasts } from '../../../stores/toasts';
import { exportJobsCsv } from '../data/csv';
import { downloadText } from './download';

/** career-organizer-jobs-2025-03-05.csv, dated on the user's computer. */
export function exportFileName(date = today()): string {
  return `career-organizer-jobs-${date}.csv`;
}

/**
 * Exports every job to a CSV download (the data layer writes UTF-8 with a BOM, CRLF, and
 * neutralises formula cells) and says how many went, or why none did.
 */
export function useExportJobs(): { exporting: boolean; exportJobs: () => Promise<void> } {
  const { t } = useTranslation();
  const [exporting, setExporting] = useState(false);
  const exportJobs = useCallback(async () => {
    const { show } = useToasts.getState();
    setExporting(true);
    try {
      const db = getDb();
      const count = await db.jobs.count();
      if (count === 0) {
        show({ tone: 'info', message: t('jobsAdding.actions.exportEmpty') });
        return;
      }
      const { text, longCells } = await exportJobsCsv(db);
      const file = exportFileName();
      downloadText(text, file);
      show({ tone: 'success', message: t('jobsAdding.actions.exported', { count, file }) });
      if (longCells > 0) show({ tone: 'info', message: t('jobsAdding.actions.exportLongCells', { count: longCells }), timeoutMs: 12_000 });
    } catch (error) {
      show({ tone: 'error', message: t('jobsAdding.actions.exportFailed', { reason: (error as Error).message }) });
    } finally {
      setExporting(false);
    }
  }, [t]);
  return { exporting, exportJobs };
}
