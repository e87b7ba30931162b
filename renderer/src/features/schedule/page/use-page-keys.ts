import { useEffect, useRef } from 'react';

/** True when a key press belongs to typing (a field, a menu) or to an open dialog, not to the page. */
function typing(event: KeyboardEvent): boolean {
  const target = event.target;
  if (target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return document.querySelector('dialog[open]') !== null;
}

/**
 * The schedule's single-key shortcuts (UI.md): T goes to today, N starts a new event.
 * Ignored while typing, in a dialog, or with Ctrl, Alt or Cmd held.
 */
export function usePageKeys(keys: { today(): void; create(): void }): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || typing(event)) return;
      const key = event.key.toLowerCase();
      if (key === 't') latest.current.today();
      else if (key === 'n') latest.current.create();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
