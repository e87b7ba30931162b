import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TriangleAlert } from 'lucide-react';

export interface SummaryItem {
  /** The id of the field to go to. */
  target: string;
  message: string;
}

/** Puts the keyboard on a field (the first choice of a group) and brings it into view. */
export function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element?.matches('input, select, textarea, button') ? element : element?.querySelector<HTMLElement>('input, select, textarea, button');
  target?.focus({ preventScroll: true });
  target?.scrollIntoView?.({ block: 'center' });
}

/**
 * "There is a problem", then every problem as a link to its field, at the top of the form
 * (GOV.UK's error summary). It takes focus whenever `attempt` goes up, so the user hears it.
 */
export function ErrorSummary({ items, attempt }: { items: SummaryItem[]; attempt: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const listId = useId();
  const shown = items.length > 0;
  useEffect(() => {
    if (attempt > 0 && shown) ref.current?.focus();
  }, [attempt, shown]);
  if (!shown) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, target: string) => {
    // The router owns the address's #; these links only move focus.
    event.preventDefault();
    focusField(target);
  };
  return (
    <div ref={ref} className="error-summary" role="group" tabIndex={-1} aria-labelledby={titleId} aria-describedby={listId}>
      <h2 id={titleId} className="error-summary__title">
        <TriangleAlert aria-hidden="true" />
        {t('jobsAdding.errors.summaryTitle')}
      </h2>
      <div id={listId}>
        <p className="error-summary__intro">{t('jobsAdding.errors.summaryIntro', { count: items.length })}</p>
        <ul className="error-summary__list">
          {items.map((item) => (
            <li key={`${item.target}-${item.message}`}>
              <a href={`#${item.target}`} onClick={(event) => go(event, item.target)}>
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
