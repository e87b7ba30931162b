import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultTimeZone, type IcsFileError } from '../../../../../shared/domain/schedule';
import { getDb } from '../../../db/career-db';
import { showUndoToast } from '../data/undo-toast';
import { planImport, writeImport } from './import-plan';
import { useIcsImportStore } from './import-store';
import { readIcsFile, ReadCancelled, type IcsRead } from './read-ics-file';

/** True for a file that looks like a calendar by name or type. */
export function looksLikeIcs(file: File): boolean {
  return /\.(ics|ical|ifb|icalendar)$/i.test(file.name) || file.type === 'text/calendar';
}

/**
 * Importing a .ics file: read it (in a worker), plan what it adds and updates, show that,
 * then write everything in one transaction with Undo. A file-level problem imports nothing
 * and says what to do; reading can be cancelled.
 */
export function useIcsImport() {
  const { t } = useTranslation();
  const reading = useRef<IcsRead | null>(null);
  const set = useIcsImportStore((s) => s.set);

  const fileMessage = useCallback((error: IcsFileError) => t(`schedule.import.file.${error.code}`, error.params), [t]);

  const start = useCallback(
    async (file: File) => {
      const name = file.name;
      if (!looksLikeIcs(file)) return set({ step: 'failed', name, message: t('schedule.import.notIcs', { name }) });
      set({ step: 'reading', name });
      const read = readIcsFile(file, { defaultZone: defaultTimeZone(), untitled: t('schedule.import.untitled') });
      reading.current = read;
      try {
        const result = await read.done;
        if (result.error) return set({ step: 'failed', name, message: fileMessage(result.error) });
        const plan = await planImport(getDb(), result.events);
        if (useIcsImportStore.getState().current.step === 'reading') set({ step: 'review', name, result, plan });
      } catch (err) {
        if (err instanceof ReadCancelled) return;
        set({ step: 'failed', name, message: t('schedule.import.readFailed', { name, reason: (err as Error).message }) });
      } finally {
        if (reading.current === read) reading.current = null;
      }
    },
    [set, t, fileMessage],
  );

  const confirm = useCallback(async () => {
    const current = useIcsImportStore.getState().current;
    if (current.step !== 'review') return;
    set({ ...current, step: 'writing' });
    try {
      const undo = await writeImport(getDb(), current.plan);
      set({ step: 'idle' });
      showUndoToast(t, t('schedule.import.done', { name: current.name, added: current.plan.add.length, updated: current.plan.update.length }), undo);
    } catch (err) {
      set({ step: 'failed', name: current.name, message: t('schedule.import.failed', { reason: (err as Error).message }) });
    }
  }, [set, t]);

  const cancel = useCallback(() => {
    reading.current?.cancel();
    reading.current = null;
    set({ step: 'idle' });
  }, [set]);

  return { start, confirm, cancel };
}
