import type { TFunction } from 'i18next';
import type { ReapplyWarning } from '../../../../shared/domain/jobs';
import { formatDay } from './format';

/** One full sentence about a recent rejection or silence from the same employer. */
export function reapplyText(t: TFunction, warning: ReapplyWarning, language: string): string {
  const values = { employer: warning.employer, title: warning.title, date: formatDay(warning.at, language) };
  return warning.stage === 'rejected' ? t('jobs.reapply.rejected', values) : t('jobs.reapply.noResponse', values);
}
