import { useCallback, useEffect, useRef, useState } from 'react';
import type { LetterDraft, LetterRecord } from '../../../../../shared/domain/messages';
import { getDb, saveLetterDraft } from '../../../db';

/** Where the autosave is: shown as "Saving…", "Saved" or what went wrong. */
export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

/** How long typing may pause before the draft is written (a write per keystroke would be wasteful). */
export const AUTOSAVE_MS = 300;

/**
 * The letter being written, held here so typing never waits for the database, and written
 * to Dexie ~300 ms after the last change, at once when `flush` is called (on blur, on
 * leaving a step), and when the page is hidden, closed or left. Writes run one after
 * another so an older change can never land after a newer one.
 */
export function useLetterDraft(initial: LetterRecord) {
  const [letter, setLetter] = useState(initial);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Partial<LetterDraft> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const id = initial.id;

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    if (!patch) return chain.current;
    pending.current = null;
    setSave({ kind: 'saving' });
    chain.current = chain.current.then(async () => {
      try {
        await saveLetterDraft(getDb(), id, patch);
        if (!pending.current) setSave({ kind: 'saved' });
      } catch (err) {
        // Keep the change so the next edit (or flush) tries again with it.
        pending.current = { ...patch, ...pending.current };
        setSave({ kind: 'failed', reason: (err as Error).message });
      }
    });
    return chain.current;
  }, [id]);

  const update = useCallback(
    (patch: Partial<LetterDraft>) => {
      setLetter((current) => ({ ...current, ...patch }));
      pending.current = { ...pending.current, ...patch };
      // Honest from the first keystroke: "Saved" must never show while a change waits.
      setSave((state) => (state.kind === 'saving' ? state : { kind: 'saving' }));
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_MS);
    },
    [flush],
  );

  // Leaving the page, closing the window or switching away writes what is waiting.
  useEffect(() => {
    const now = () => void flush();
    const onHidden = () => document.visibilityState === 'hidden' && now();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      document.removeEventListener('visibilitychange', onHidden);
      now();
    };
  }, [flush]);

  /**
   * Takes fields written by another path (marked as sent, a file added) without saving them
   * again; flush first, so the write they came from saw every edit.
   */
  const absorb = useCallback((fields: Partial<Pick<LetterRecord, 'status' | 'sent' | 'files' | 'updatedAt'>>) => setLetter((current) => ({ ...current, ...fields })), []);
  return { letter, update, flush, save, absorb };
}
