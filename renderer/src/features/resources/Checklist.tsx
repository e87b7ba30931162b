import { useId, useState } from 'react';

/*
 * Ticks live in sessionStorage: they survive a visit to another page of the app
 * (the reader may go and look at their resume) but not a restart, because a new
 * session is usually a new resume. Storage can fail (private mode, full disk); then
 * the ticks simply live in memory.
 */
function load(key: string): boolean[] {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key) ?? '[]');
    return Array.isArray(saved) ? saved.map(Boolean) : [];
  } catch {
    return [];
  }
}

function save(key: string, ticks: boolean[]): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(ticks));
  } catch {
    // Not saved; the ticks on screen are still right.
  }
}

/** A list of things to check, each a real checkbox with its whole text as the label. */
export function Checklist({ items, storageKey }: { items: readonly string[]; storageKey: string }) {
  const baseId = useId();
  const key = `career-organizer:checklist:${storageKey}`;
  const [ticks, setTicks] = useState<boolean[]>(() => load(key));

  const toggle = (index: number, checked: boolean) => {
    const next = items.map((_, i) => (i === index ? checked : Boolean(ticks[i])));
    setTicks(next);
    save(key, next);
  };

  return (
    <ul className="checklist">
      {items.map((item, index) => {
        const id = `${baseId}-${index}`;
        return (
          <li key={item} className="checklist__item">
            <input
              id={id}
              type="checkbox"
              className="checklist__box"
              checked={Boolean(ticks[index])}
              onChange={(event) => toggle(index, event.target.checked)}
            />
            <label htmlFor={id} className="checklist__label">
              {item}
            </label>
          </li>
        );
      })}
    </ul>
  );
}
