import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPlus, CalendarX, ChevronsDown } from 'lucide-react';
import type { Activity } from '../../../../shared/domain/activity';
import type { CalendarDate } from '../../../../shared/domain/jobs';
import { today as todayDate } from '../../db';
import { useSettings } from '../../stores/settings';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { formatDayRange } from '../contacts/shared/calendar';
import { useAddShortcut } from '../documents/use-add-shortcut';
import { useLanguage } from '../../i18n/use-language';
import { ActivityDialog, type ActivityEditor } from './ActivityDialog';
import { ExportPanel } from './ExportPanel';
import { RequirementNote } from './RequirementNote';
import { useActivityLog } from './use-activity-log';
import { useDeleteActivity } from './use-delete-activity';
import { WeekCard } from './WeekCard';
import { weekRows } from './week-rows';
import '../contacts/shared/forms.css';
import './activity.css';

const WEEKS_AT_A_TIME = 8;

/**
 * The job-search activity log: the rule, a download of any range, then the weeks (newest
 * first), each against the weekly target, with activities from jobs and ones added here.
 */
export function ActivityPage() {
  const { t } = useTranslation();
  const { weeklyActivityTarget } = useSettings();
  const language = useLanguage();
  const today = todayDate();
  const [weekCount, setWeekCount] = useState(WEEKS_AT_A_TIME);
  const log = useActivityLog(today, weekCount, weeklyActivityTarget);
  const [editor, setEditor] = useState<ActivityEditor>({ open: false, activity: null, date: today, session: 0 });
  const weeksRef = useRef<HTMLDivElement>(null);
  const remove = useDeleteActivity();

  const openEditor = useCallback(
    (activity: Activity | null, date: CalendarDate = todayDate()) => setEditor((e) => ({ open: true, activity, date, session: e.session + 1 })),
    [],
  );
  useAddShortcut(() => openEditor(null));
  const onDelete = (activity: Activity, weekStart: string) => {
    // The Delete button goes with the activity; the week's heading keeps the keyboard where it was.
    weeksRef.current?.querySelector<HTMLElement>(`#week-${weekStart}`)?.focus();
    void remove(activity);
  };

  const add = (
    <Button variant="primary" icon={<CalendarPlus />} onClick={() => openEditor(null)}>
      {t('activity.add')}
    </Button>
  );

  let weeks;
  if (log.error && !log.loaded) {
    weeks = (
      <div className="activity-problem" role="alert">
        <p>{t('activity.loadFailed', { reason: log.error })}</p>
        <Button onClick={log.retry}>{t('activity.tryAgain')}</Button>
      </div>
    );
  } else if (!log.weeks) {
    weeks = <p role="status">{t('activity.loading')}</p>;
  } else {
    weeks = (
      <>
        {weekRows(log.weeks).map((row) =>
          row.kind === 'gap' ? (
            <p key={row.from} className="week-gap">
              <CalendarX aria-hidden="true" />
              {t('activity.week.emptyRun', { count: row.count, range: formatDayRange(row.from, row.to, language) })}
            </p>
          ) : (
            <WeekCard
              key={row.week.summary.start}
              week={row.week}
              when={row.when}
              today={today}
              onAdd={(date) => openEditor(null, date)}
              onEdit={(activity) => openEditor(activity, activity.date)}
              onDelete={(activity) => onDelete(activity, row.week.summary.start)}
            />
          ),
        )}
        <Button icon={<ChevronsDown />} className="activity-page__earlier" onClick={() => setWeekCount((n) => n + WEEKS_AT_A_TIME)}>
          {t('activity.week.earlier')}
        </Button>
      </>
    );
  }

  return (
    <div className="page activity-page">
      <PageHeader title={t('activity.title')} intro={t('activity.intro')} action={add} />
      <RequirementNote target={weeklyActivityTarget} />
      <ExportPanel />
      <div className="activity-page__weeks" ref={weeksRef}>
        {weeks}
      </div>
      <ActivityDialog editor={editor} onClose={() => setEditor((e) => ({ ...e, open: false }))} onSaved={() => setEditor((e) => ({ ...e, open: false }))} />
    </div>
  );
}
