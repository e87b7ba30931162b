import { ACTIVITY_TYPE_LABELS_EN, type ActivityType } from '../../../../../shared/domain/activity';
import { STAGE_LABELS_EN, type StageId } from '../../../../../shared/domain/jobs';

/** The words used in exported logs; English by default (the UI passes its translations). */
export interface ActivityCsvLabels {
  headers: [date: string, type: string, employer: string, contactPerson: string, contactMethod: string, position: string, result: string];
  types: Record<ActivityType, string>;
  stages: Record<StageId, string>;
}

/** The columns the unemployment office asks for, in English. */
export const ACTIVITY_CSV_LABELS_EN: ActivityCsvLabels = {
  headers: ['Date', 'Activity type', 'Employer or organisation', 'Contact person', 'Contact method', 'Position', 'Result'],
  types: ACTIVITY_TYPE_LABELS_EN,
  stages: STAGE_LABELS_EN,
};
