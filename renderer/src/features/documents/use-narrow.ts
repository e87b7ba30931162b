import { useSyncExternalStore } from 'react';

// UI.md: below 1000 px the detail replaces the list. 200% zoom on a 1280 px screen lands here too.
const NARROW = '(max-width: 999.98px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(NARROW);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the window is too narrow for the list and the details side by side. */
export function useNarrow(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW).matches);
}
