import type { TFunction } from 'i18next';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../shared/domain/activity';
import { STAGES, type StageId } from '../../../../shared/domain/jobs';
import type { ActivityCsvLabels } from '../jobs/data/activity-labels';

/** The words exported logs use, in the menu language: column headers, activity types, stages. */
export function logLabels(t: TFunction): ActivityCsvLabels {
  const h = (key: 'date' | 'type' | 'employer' | 'contactPerson' | 'contactMethod' | 'position' | 'result') => t(`activity.export.headers.${key}`);
  return {
    headers: [h('date'), h('type'), h('employer'), h('contactPerson'), h('contactMethod'), h('position'), h('result')],
    types: Object.fromEntries(ACTIVITY_TYPES.map((type) => [type, t(`activity.types.${type}`)])) as Record<ActivityType, string>,
    stages: Object.fromEntries(STAGES.map((stage) => [stage, t(`activity.stages.${stage}`)])) as Record<StageId, string>,
  };
}
