import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardPaste, Globe, PencilLine } from 'lucide-react';

export const WAYS = ['form', 'paste', 'url'] as const;
export type Way = (typeof WAYS)[number];

/** The way named in the address (?way=paste), or the form. */
export function parseWay(value: string | null): Way {
  return (WAYS as readonly string[]).includes(value ?? '') ? (value as Way) : 'form';
}

const ICONS = { form: PencilLine, paste: ClipboardPaste, url: Globe };
const LABELS = { form: 'jobsAdding.page.wayForm', paste: 'jobsAdding.page.wayPaste', url: 'jobsAdding.page.wayUrl' } as const;
export const tabId = (way: Way) => `add-job-way-${way}`;
export const PANEL_ID = 'add-job-way-panel';

/**
 * The three ways to add a job as tabs (WAI-ARIA tabs): Tab reaches the chosen one, arrow
 * keys, Home and End move between them and choose at once. The choice is in the address.
 */
export function WayTabs({ way, onChange, children }: { way: Way; onChange(way: Way): void; children: ReactNode }) {
  const { t } = useTranslation();
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = WAYS.indexOf(way);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: WAYS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const chosen = WAYS[(next + WAYS.length) % WAYS.length];
    onChange(chosen);
    document.getElementById(tabId(chosen))?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={t('jobsAdding.page.ways')} className="way-tabs" onKeyDown={move}>
        {WAYS.map((w) => {
          const Icon = ICONS[w];
          return (
            <button
              key={w}
              type="button"
              role="tab"
              id={tabId(w)}
              className="way-tabs__tab"
              aria-selected={w === way}
              aria-controls={PANEL_ID}
              tabIndex={w === way ? 0 : -1}
              onClick={() => onChange(w)}
            >
              <Icon aria-hidden="true" />
              <span>{t(LABELS[w])}</span>
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(way)} className="way-tabs__panel">
        {children}
      </div>
    </>
  );
}
