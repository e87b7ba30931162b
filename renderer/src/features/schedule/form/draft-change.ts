import { addDays, daysBetween, weekday } from '../../../../../shared/domain/jobs';
import { isViewDate } from '../dates/calendar-math';
import { timeText, type DraftField, type EventDraft } from './event-draft';

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * The form after one field changed. Moving the start carries the end along (an hour-long
 * interview stays an hour long), and a weekly repeat on the start's weekday follows it.
 */
export function changeDraft<K extends DraftField>(draft: EventDraft, field: K, value: EventDraft[K]): EventDraft {
  const next = { ...draft, [field]: value };
  if (field === 'startDate' && isViewDate(draft.startDate) && isViewDate(value as string) && isViewDate(draft.endDate)) {
    const shift = daysBetween(draft.startDate, value as string);
    next.endDate = addDays(draft.endDate, shift);
    if (draft.weekdays.length === 1 && draft.weekdays[0] === weekday(draft.startDate)) next.weekdays = [weekday(value as string)];
  }
  if (field === 'startTime' && TIME.test(draft.startTime) && TIME.test(value as string) && TIME.test(draft.endTime) && isViewDate(draft.startDate) && isViewDate(draft.endDate)) {
    const length = daysBetween(draft.startDate, draft.endDate) * 1440 + minutesOf(draft.endTime) - minutesOf(draft.startTime);
    if (length >= 0) {
      const end = minutesOf(value as string) + length;
      next.endDate = addDays(draft.startDate, Math.floor(end / 1440));
      next.endTime = timeText(end % 1440);
    }
  }
  return next;
}
