import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StageId } from '../../../../../shared/domain/jobs';
import { today } from '../../../db/clock';
import { isBlank, mapRow, rowProblemOf, type ColumnMapping, type DateOrder, type ImportedJob, type ParsedCsv, type RowProblem } from '../data/csv';
import { formatDay, formatPay, useLocale } from '../adding/format';
import { rowProblemText } from './row-problem-text';

const PREVIEW_ROWS = 5;

type Preview = { row: number; job: ImportedJob; error?: never } | { row: number; error: RowProblem; job?: never };

/** The first rows of the file exactly as the import will read them, with what changes on the way in, or why a row will be skipped. */
export function PreviewRows(props: { parsed: ParsedCsv; mapping: ColumnMapping; dateOrder: DateOrder; statusMap: Record<string, StageId | ''> }) {
  const { parsed, mapping, dateOrder, statusMap } = props;
  const { t } = useTranslation();
  const locale = useLocale();
  const previews = useMemo(() => {
    const chosen = new Map(Object.entries(statusMap).filter((e): e is [string, StageId] => e[1] !== ''));
    const context = { mapping, dateOrder, statusMap: chosen, today: today() };
    const out: Preview[] = [];
    for (let i = 0; i < parsed.rows.length && out.length < PREVIEW_ROWS; i++) {
      if (isBlank(parsed.rows[i])) continue;
      const row = parsed.headerRow + 1 + i;
      try {
        out.push({ row, job: mapRow(parsed.rows[i], row, context) });
      } catch (error) {
        out.push({ row, error: rowProblemOf(error) });
      }
    }
    return out;
  }, [parsed, mapping, dateOrder, statusMap]);
  return (
    <>
      <p className="field__hint">{t('jobsAdding.import.previewHint', { count: previews.length })}</p>
      <ol className="csv-preview">
        {previews.map((preview) => (
          <li key={preview.row} className={`csv-preview__item${preview.error ? ' csv-preview__item--skip' : ''}`}>
            <h4 className="csv-preview__title">
              <span className="csv-preview__row">{t('jobsAdding.import.previewRow', { row: preview.row })}</span>
              {preview.job ? <span>{preview.job.fields.title}</span> : null}
            </h4>
            {preview.job ? <JobFacts job={preview.job} locale={locale} /> : <p className="field__error">{t('jobsAdding.import.previewSkip', { reason: rowProblemText(t, preview.error) })}</p>}
            {preview.job?.warnings.map((warning, i) => (
              <p key={i} className="field__hint">
                {rowProblemText(t, warning)}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}

function JobFacts({ job, locale }: { job: ImportedJob; locale: string }) {
  const { t } = useTranslation();
  const { fields } = job;
  const latest = job.history[job.history.length - 1];
  const stage = latest ? `${t(`jobsAdding.stages.${latest.stage}`)}${latest.dateUnknown ? '' : ` · ${formatDay(latest.at, locale)}`}` : '';
  const facts: [string, string][] = [
    [t('jobsAdding.import.previewFields.employer'), fields.employer || t('jobsAdding.import.previewNoEmployer')],
    [t('jobsAdding.import.previewFields.location'), fields.location],
    [t('jobsAdding.import.previewFields.pay'), fields.pay ? formatPay(fields.pay, locale, t) : ''],
    [t('jobsAdding.import.previewFields.stage'), stage],
    [t('jobsAdding.import.previewFields.postedAt'), fields.postedAt ? formatDay(fields.postedAt, locale) : ''],
    [t('jobsAdding.import.previewFields.url'), fields.url],
  ];
  return (
    <dl className="csv-preview__facts">
      {facts
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label} className="csv-preview__fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
