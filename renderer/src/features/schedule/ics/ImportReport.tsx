import type { ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { CircleAlert, CirclePlus, CircleCheck, RefreshCw, TriangleAlert } from 'lucide-react';
import type { IcsParseResult, IcsSkip, IcsWarning, ImportPlan } from '../../../../../shared/domain/schedule';

/** How many skipped events and warnings are listed before "And N more". */
const LISTED = 50;

/** "“Team sync” (line 12)" or "An event (line 12)". */
function what(t: TFunction, item: IcsSkip | IcsWarning): string {
  const named = item.summary ? t('schedule.import.named', { summary: item.summary }) : t('schedule.import.unnamed');
  return item.line ? t('schedule.import.atLine', { what: named, line: item.line }) : named;
}

/** A skipped event in the user's language: "“Team sync” (line 12): it ends before it starts." */
export function skipLine(t: TFunction, item: IcsSkip): string {
  return t('schedule.import.item', { what: what(t, item), reason: t(`schedule.import.skip.${item.code}`, item.params) });
}

/** A warning in the user's language: "“Call” (line 40): uses the time zone …". */
export function warningLine(t: TFunction, item: IcsWarning): string {
  return t('schedule.import.item', { what: what(t, item), reason: t(`schedule.import.warn.${item.code}`, item.params) });
}

function ItemList<T extends IcsSkip | IcsWarning>({ title, items, icon, line }: { title: string; items: T[]; icon: ReactNode; line(t: TFunction, item: T): string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section className="ics-report__group">
      <h3 className="ics-report__heading">
        {icon}
        {title}
      </h3>
      <ul className="ics-report__items">
        {items.slice(0, LISTED).map((item, i) => (
          <li key={`${item.line ?? ''}-${i}`}>{line(t, item)}</li>
        ))}
      </ul>
      {items.length > LISTED ? <p>{t('schedule.import.more', { count: items.length - LISTED })}</p> : null}
    </section>
  );
}

/** Why nothing will be written: all there already, all unreadable, or an empty calendar. */
function nothingMessage(t: TFunction, result: IcsParseResult): string {
  if (result.events.length > 0) return t('schedule.import.nothingNew');
  return result.skipped.length > 0 ? t('schedule.import.nothingValid') : t('schedule.import.empty');
}

/** What an import will do: how many events are added, updated, unchanged and skipped (with why), and what to check. */
export function ImportReport({ result, plan }: { result: IcsParseResult; plan: ImportPlan }) {
  const { t } = useTranslation();
  const counts = [
    { key: 'add', count: plan.add.length, icon: <CirclePlus aria-hidden="true" /> },
    { key: 'update', count: plan.update.length, icon: <RefreshCw aria-hidden="true" /> },
    { key: 'unchanged', count: plan.unchanged.length, icon: <CircleCheck aria-hidden="true" /> },
    { key: 'skipped', count: result.skipped.length, icon: <CircleAlert aria-hidden="true" /> },
  ] as const;
  const writes = plan.add.length + plan.update.length;
  return (
    <div className="ics-report">
      {result.calendarName ? <p className="ics-report__calendar">{t('schedule.import.calendar', { name: result.calendarName })}</p> : null}
      <ul className="ics-report__counts">
        {counts
          .filter((c) => c.count > 0 || (c.key === 'add' && writes > 0))
          .map((c) => (
            <li key={c.key} className={`ics-report__count ics-report__count--${c.key}`}>
              {c.icon}
              {t(`schedule.import.counts.${c.key}`, { count: c.count })}
            </li>
          ))}
      </ul>
      {writes === 0 ? <p className="ics-report__nothing">{nothingMessage(t, result)}</p> : null}
      <ItemList title={t('schedule.import.skippedTitle')} items={result.skipped} icon={<CircleAlert aria-hidden="true" />} line={skipLine} />
      <ItemList title={t('schedule.import.warningsTitle')} items={result.warnings} icon={<TriangleAlert aria-hidden="true" />} line={warningLine} />
    </div>
  );
}
