import { useTranslation } from 'react-i18next';
import { STAGES, type StageId } from '../../../../../shared/domain/jobs';
import type { StatusValue } from '../data/csv';
import { statusSelectId } from './field-choices';
import { setStatusStage } from './import-store';
import { STATUS_LIMIT } from './mapping-issues';

/** Each distinct value of the stage column with the stage it becomes; values we can't match must be chosen. */
export function StatusChoices({ statuses, statusMap, unmatched }: { statuses: StatusValue[]; statusMap: Record<string, StageId | ''>; unmatched: Set<string> }) {
  const { t } = useTranslation();
  if (statuses.length === 0) return null;
  const shown = statuses.slice(0, STATUS_LIMIT);
  return (
    <div className="csv-statuses">
      <p className="field__hint">{t('jobsAdding.import.statusHint')}</p>
      <table className="csv-map csv-map--statuses">
        <caption className="visually-hidden">{t('jobsAdding.import.statusTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jobsAdding.import.statusValue')}</th>
            <th scope="col">{t('jobsAdding.import.statusCount')}</th>
            <th scope="col">{t('jobsAdding.import.statusStage')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((status, index) => {
            const missing = unmatched.has(status.text);
            const errorId = `${statusSelectId(index)}-error`;
            return (
              <tr key={status.text}>
                <th scope="row" className="csv-map__name">
                  {status.text}
                </th>
                <td className="csv-map__count">{t('jobsAdding.import.statusRows', { count: status.count })}</td>
                <td className={`csv-map__target${missing ? ' field--error' : ''}`}>
                  {missing ? (
                    <p className="field__error" id={errorId}>
                      {t('jobsAdding.import.statusMissing', { value: status.text })}
                    </p>
                  ) : null}
                  <select
                    id={statusSelectId(index)}
                    className="field__input"
                    aria-label={t('jobsAdding.import.statusFor', { value: status.text })}
                    aria-invalid={missing || undefined}
                    aria-describedby={missing ? errorId : undefined}
                    value={statusMap[status.text] ?? ''}
                    onChange={(event) => setStatusStage(status.text, event.target.value as StageId | '')}
                  >
                    <option value="">{t('jobsAdding.import.statusChoose')}</option>
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {t(`jobsAdding.stages.${stage}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {statuses.length > STATUS_LIMIT ? <p>{t('jobsAdding.import.statusMore', { count: statuses.length - STATUS_LIMIT })}</p> : null}
    </div>
  );
}
