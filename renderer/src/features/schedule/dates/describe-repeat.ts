import type { TFunction } from 'i18next';
import { weekday } from '../../../../../shared/domain/jobs';
import type { ScheduleEvent } from '../../../../../shared/domain/schedule';
import { readRepeat } from '../form/repeat-rule';
import { weekStartFor } from './calendar-math';
import { formatMediumDay, formatWeekday } from './format';

/** How a series repeats, in a sentence: "Every week on Tuesday and Thursday, until Mar 1, 2027". Null when it doesn't. */
export function describeRepeat(t: TFunction, event: Pick<ScheduleEvent, 'recurrence' | 'start' | 'timeZone' | 'allDay'>, language: string): string | null {
  if (!event.recurrence) return null;
  const choice = readRepeat(event.recurrence.rrule, weekday(event.start.slice(0, 10)), event.allDay ? 'UTC' : event.timeZone);
  if (choice.frequency === 'custom' || choice.frequency === 'none') return t('schedule.repeat.custom');
  const first = weekStartFor(language);
  const days = [...choice.weekdays].sort((a, b) => ((a - first + 7) % 7) - ((b - first + 7) % 7));
  const dayNames = new Intl.ListFormat(language, { type: 'conjunction' }).format(days.map((d) => formatWeekday(`2023-01-0${d + 1}`, language).long));
  const base =
    choice.frequency === 'weekly'
      ? t('schedule.repeat.weekly', { count: choice.interval, days: dayNames })
      : t(`schedule.repeat.${choice.frequency}`, { count: choice.interval });
  if (choice.ends === 'until' && choice.until) return t('schedule.repeat.until', { rule: base, date: formatMediumDay(choice.until, language) });
  if (choice.ends === 'count') return t('schedule.repeat.times', { rule: base, count: choice.count });
  return base;
}
