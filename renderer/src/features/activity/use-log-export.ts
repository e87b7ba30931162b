import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../shared/domain/jobs';
import { useClient } from '../../api/context';
import { getDb } from '../../db';
import { useSettings } from '../../stores/settings';
import { collectActivities, toLogActivities } from '../jobs/data/activity-log';
import { activitiesToCsv } from '../jobs/data/csv';
import { base64ToBytes, downloadFile } from './download';
import { logLabels } from './log-labels';

/** The PDF contract's limit on activities per export. */
export const MAX_PDF_ACTIVITIES = 5000;

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'working'; format: 'csv' | 'pdf' }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

/**
 * Downloads the log for a date range as CSV (made here, from the data layer) or as a
 * printable PDF (made by the backend), and says in plain words what is happening.
 */
export function useLogExport() {
  const { t } = useTranslation();
  const client = useClient();
  const { weeklyActivityTarget, language } = useSettings();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  const exportCsv = async (from: CalendarDate, to: CalendarDate) => {
    setState({ kind: 'working', format: 'csv' });
    try {
      const activities = await collectActivities(getDb(), from, to);
      const { text } = activitiesToCsv(activities, logLabels(t));
      const file = t('activity.export.csvFileName', { from, to });
      downloadFile(file, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      setState({ kind: 'done', message: t('activity.export.csvDone', { file, count: activities.length }) });
    } catch (err) {
      setState({ kind: 'failed', message: t('activity.export.csvFailed', { reason: (err as Error).message }) });
    }
  };

  const exportPdf = async (from: CalendarDate, to: CalendarDate) => {
    setState({ kind: 'working', format: 'pdf' });
    try {
      const activities = await collectActivities(getDb(), from, to);
      if (activities.length > MAX_PDF_ACTIVITIES) {
        setState({ kind: 'failed', message: t('activity.export.tooMany', { max: MAX_PDF_ACTIVITIES }) });
        return;
      }
      const pdf = await client.send('activity-export-pdf', {
        from,
        to,
        activities: toLogActivities(activities, logLabels(t)),
        weeklyTarget: weeklyActivityTarget,
        language,
      });
      downloadFile(pdf.fileName, new Blob([base64ToBytes(pdf.base64)], { type: 'application/pdf' }));
      setState({ kind: 'done', message: t('activity.export.pdfDone', { file: pdf.fileName, count: pdf.activityCount }) });
    } catch (err) {
      setState({ kind: 'failed', message: t('activity.export.pdfFailed', { reason: (err as Error).message }) });
    }
  };

  return { state, exportCsv, exportPdf };
}
