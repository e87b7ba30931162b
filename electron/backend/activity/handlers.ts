import { createApp } from '../app';
import { exportActivityPdf } from './export-pdf';

/** The activity-* handlers: the renderer owns the log's records and sends the range to print. */
export function activityApp() {
  return createApp<'activity-export-pdf'>().method('activity-export-pdf', async (args) => {
    // The bytes travel base64-encoded; the raw copy is for in-process callers only.
    const { bytes: _bytes, ...pdf } = await exportActivityPdf(args);
    return pdf;
  });
}
