import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportField, ParsedCsv } from '../data/csv';
import { columnSelectId, EXPORT_FIELDS, MAIN_FIELDS } from './field-choices';
import { setColumn } from './import-store';
import type { MappingIssues } from './mapping-issues';

const EXAMPLE_ROWS = 50;
const EXAMPLE_LENGTH = 80;

/** The first value in each column within the first rows, shortened, so the user can tell the columns apart. */
function examples(parsed: ParsedCsv): string[] {
  return parsed.headers.map((_, i) => {
    const value = parsed.rows.slice(0, EXAMPLE_ROWS).find((row) => (row[i] ?? '').trim() !== '')?.[i]?.trim() ?? '';
    return value.length > EXAMPLE_LENGTH ? `${value.slice(0, EXAMPLE_LENGTH)}…` : value;
  });
}

/** One row per column of the file: its name, a first value, and where it goes. */
export function ColumnTable({ parsed, mapping, issues }: { parsed: ParsedCsv; mapping: ColumnMapping; issues: MappingIssues }) {
  const { t } = useTranslation();
  const firstValues = useMemo(() => examples(parsed), [parsed]);
  const option = (field: ImportField) => (
    <option key={field} value={field}>
      {t(`jobsAdding.fields.${field}`)}
    </option>
  );
  return (
    <div className={issues.noTitle ? 'field--error' : undefined}>
      {issues.noTitle ? (
        <p className="field__error" id="csv-no-title">
          {t('jobsAdding.import.noTitleColumn')}
        </p>
      ) : null}
      <table className="csv-map">
        <caption className="visually-hidden">{t('jobsAdding.import.columnsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('jobsAdding.import.columnHeader')}</th>
            <th scope="col">{t('jobsAdding.import.exampleHeader')}</th>
            <th scope="col">{t('jobsAdding.import.targetHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {parsed.headers.map((header, index) => {
            const name = header || t('jobsAdding.import.unnamedColumn', { number: index + 1 });
            const duplicate = issues.duplicates.get(index);
            const errorId = `${columnSelectId(index)}-error`;
            return (
              <tr key={index} className={mapping[index] ? 'csv-map__row--used' : undefined}>
                <th scope="row" className="csv-map__name">
                  {name}
                </th>
                <td className="csv-map__example">{firstValues[index] || <span className="csv-map__empty">{t('jobsAdding.import.noExample')}</span>}</td>
                <td className={`csv-map__target${duplicate ? ' field--error' : ''}`}>
                  {duplicate ? (
                    <p className="field__error" id={errorId}>
                      {t('jobsAdding.import.duplicateColumn', { field: t(`jobsAdding.fields.${duplicate}`) })}
                    </p>
                  ) : null}
                  <select
                    id={columnSelectId(index)}
                    className="field__input"
                    aria-label={t('jobsAdding.import.mapColumn', { column: name })}
                    aria-invalid={duplicate || (issues.noTitle && index === 0) ? true : undefined}
                    aria-describedby={duplicate ? errorId : issues.noTitle && index === 0 ? 'csv-no-title' : undefined}
                    value={mapping[index] ?? ''}
                    onChange={(event) => setColumn(index, (event.target.value || null) as ImportField | null)}
                  >
                    <option value="">{t('jobsAdding.import.leaveOut')}</option>
                    {MAIN_FIELDS.map(option)}
                    <optgroup label={t('jobsAdding.import.fromExport')}>{EXPORT_FIELDS.map(option)}</optgroup>
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
