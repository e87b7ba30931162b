import { useTranslation } from 'react-i18next';
import { CircleAlert, CircleCheck, CircleDashed, Plus } from 'lucide-react';
import type { Activity } from '../../../../shared/domain/activity';
import type { CalendarDate } from '../../../../shared/domain/jobs';
import { Button } from '../../ui/Button';
import { formatDayRange } from '../contacts/shared/calendar';
import { useLanguage } from '../../i18n/use-language';
import { ActivityItem } from './ActivityItem';
import type { LogWeek } from './use-activity-log';

export interface WeekCardProps {
  week: LogWeek;
  /** 'current' for the week holding today, 'last' for the one before. */
  when: 'current' | 'last' | 'past';
  today: CalendarDate;
  onAdd(date: CalendarDate): void;
  onEdit(activity: Activity): void;
  onDelete(activity: Activity): void;
}

/** One Sunday–Saturday week: done against the weekly target (in words, with an icon), then its activities. */
export function WeekCard({ week, when, today, onAdd, onEdit, onDelete }: WeekCardProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { summary, activities } = week;
  const range = formatDayRange(summary.start, summary.end, language);
  const headingId = `week-${summary.start}`;
  const done = summary.count;
  const target = summary.target;

  let tone: 'met' | 'to-go' | 'short' | 'none';
  let progress: string;
  if (target <= 0) {
    tone = 'none';
    progress = t('activity.week.noTarget', { count: done });
  } else if (summary.met) {
    tone = 'met';
    progress = t('activity.week.met', { done, target });
  } else if (when === 'current') {
    tone = 'to-go';
    progress = t('activity.week.toGo', { done, target, count: summary.missing });
  } else {
    tone = 'short';
    progress = t('activity.week.short', { done, target, count: summary.missing });
  }
  const Icon = tone === 'met' ? CircleCheck : tone === 'short' ? CircleAlert : CircleDashed;
  const filled = target > 0 ? Math.min(100, Math.round((done / target) * 100)) : 0;

  return (
    <section className={`week week--${tone}${when === 'current' ? ' week--current' : ''}`} aria-labelledby={headingId}>
      <header className="week__head">
        <h2 id={headingId} className="week__title" tabIndex={-1}>
          {when !== 'past' ? <span className="week__tag">{t(when === 'current' ? 'activity.week.thisWeek' : 'activity.week.lastWeek')}</span> : null}
          <span>{t('activity.week.label', { range })}</span>
        </h2>
        <p className="week__progress">
          <Icon aria-hidden="true" />
          {progress}
        </p>
        {target > 0 ? (
          <div className="week__bar" aria-hidden="true">
            <span style={{ width: `${filled}%` }} />
          </div>
        ) : null}
      </header>
      {activities.length > 0 ? (
        <ul className="week__list" aria-label={t('activity.week.list', { range })}>
          {activities.map((activity) => (
            <ActivityItem key={activity.id} activity={activity} onEdit={onEdit} onDelete={onDelete} />
          ))}
        </ul>
      ) : (
        <p className="week__none">{t('activity.week.none')}</p>
      )}
      <Button variant="quiet" icon={<Plus />} className="week__add" onClick={() => onAdd(when === 'current' || summary.end > today ? today : summary.end)}>
        {t('activity.week.addHere')}
        <span className="visually-hidden"> ({range})</span>
      </Button>
    </section>
  );
}
