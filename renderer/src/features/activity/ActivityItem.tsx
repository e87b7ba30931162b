import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Briefcase, Pencil, Trash2 } from 'lucide-react';
import { STAGE_CHANGE_SOURCE, type Activity } from '../../../../shared/domain/activity';
import { LETTER_SOURCE } from '../../../../shared/domain/messages/letter-activities';
import { EVENT_ACTIVITY_SOURCE } from '../../../../shared/domain/schedule/activities';
import { MANUAL_SOURCE } from '../../db';
import { Button } from '../../ui/Button';
import { formatDay } from '../contacts/shared/calendar';
import { useLanguage } from '../../i18n/use-language';

// Where a derived activity comes from, so the note says where to change it.
const SOURCE_NOTES: Record<string, 'activity.item.fromJob' | 'activity.item.fromLetter' | 'activity.item.fromEvent'> = {
  [STAGE_CHANGE_SOURCE]: 'activity.item.fromJob',
  [LETTER_SOURCE]: 'activity.item.fromLetter',
  [EVENT_ACTIVITY_SOURCE]: 'activity.item.fromEvent',
};

export interface ActivityItemProps {
  activity: Activity;
  onEdit(activity: Activity): void;
  onDelete(activity: Activity): void;
}

/**
 * One line of the log with the columns the office asks for. Activities the user added can
 * be edited and deleted; ones that come from a job link to it and are changed there.
 */
export function ActivityItem({ activity, onEdit, onDelete }: ActivityItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const manual = activity.source.kind === MANUAL_SOURCE;
  const type = t(`activity.types.${activity.type}`);
  const date = formatDay(activity.date, language);
  const contact = [activity.contactPerson, activity.contactMethod].filter((x) => x.trim()).join(' · ');
  const result = activity.result || (activity.outcome ? t(`activity.stages.${activity.outcome}`) : '');
  const facts: [string, string][] = [
    [t('activity.item.employer'), activity.employer],
    [t('activity.item.contact'), contact],
    [t('activity.item.position'), activity.position],
    [t('activity.item.result'), result],
  ];
  return (
    <li className={`activity-item${manual ? '' : ' activity-item--derived'}`}>
      {/* The week's heading gives the year. */}
      <time className="activity-item__date" dateTime={activity.date}>
        {formatDay(activity.date, language, true, false)}
      </time>
      <div className="activity-item__body">
        <p className="activity-item__type">{type}</p>
        <dl className="activity-item__facts">
          {facts
            .filter(([, value]) => value.trim())
            .map(([label, value]) => (
              <div key={label} className="activity-item__fact">
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
        {manual ? (
          <div className="activity-item__actions">
            <Button variant="quiet" icon={<Pencil />} aria-label={t('activity.item.editLabel', { type, date })} onClick={() => onEdit(activity)}>
              {t('activity.item.edit')}
            </Button>
            <Button variant="quiet" className="activity-item__delete" icon={<Trash2 />} aria-label={t('activity.item.deleteLabel', { type, date })} onClick={() => onDelete(activity)}>
              {t('activity.item.delete')}
            </Button>
          </div>
        ) : (
          <div className="activity-item__derived">
            {activity.jobId ? (
              <Link to={`/jobs/${activity.jobId}`} className="activity-item__job">
                <Briefcase aria-hidden="true" />
                {t('activity.item.openJob')}
                <span className="visually-hidden">: {[activity.position, activity.employer].filter(Boolean).join(', ')}</span>
              </Link>
            ) : null}
            <p className="activity-item__note">{t(SOURCE_NOTES[activity.source.kind] ?? 'activity.item.fromJob')}</p>
          </div>
        )}
      </div>
    </li>
  );
}
