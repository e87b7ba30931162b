import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import { useLanguage } from '../../../i18n/use-language';
import { formatColumnDay, formatLongDay } from '../dates/format';

/** A day's heading above its column: "Tue 9"; in the week view a button that opens the day. */
export function DayHeader({ day, isToday, onOpenDay }: { day: CalendarDate; isToday: boolean; onOpenDay?: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { weekday, day: number } = formatColumnDay(day, language);
  const label = isToday ? t('schedule.week.todayHeading', { date: formatLongDay(day, language) }) : formatLongDay(day, language);
  const content = (
    <>
      <span className="time-grid__weekday">{weekday}</span>
      <span className={`time-grid__daynum${isToday ? ' time-grid__daynum--today' : ''}`}>{number}</span>
    </>
  );
  return (
    <div role="columnheader" className="time-grid__dayhead" aria-label={label}>
      {onOpenDay ? (
        <button type="button" className="time-grid__daybutton" onClick={onOpenDay} aria-label={t('schedule.week.openDay', { date: label })} tabIndex={-1}>
          {content}
        </button>
      ) : (
        content
      )}
    </div>
  );
}
