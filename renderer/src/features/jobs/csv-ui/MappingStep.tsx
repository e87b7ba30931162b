import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileUp, RotateCcw } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { ErrorSummary } from '../adding/ErrorSummary';
import { ColumnTable } from './ColumnTable';
import { DateChoice } from './DateChoice';
import { resetImport, runImport, useCsvImport, type ImportView } from './import-store';
import { mappingIssues } from './mapping-issues';
import { PreviewRows } from './PreviewRows';
import { StatusChoices } from './StatusChoices';
import { StepHeading } from './StepHeading';
import { useImportFinished } from './use-import-finished';

const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** Step 2: where each column goes, what dates and statuses mean, and the first rows as jobs; then Import. */
export function MappingStep({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const view = useCsvImport((s) => s.view) as Extract<ImportView, { step: 'mapping' }>;
  const finished = useImportFinished();
  const [attempts, setAttempts] = useState(0);
  const { preview, mapping, statusMap, file, rowCount } = view;
  const issues = useMemo(() => mappingIssues(mapping, preview.statuses, statusMap, t), [mapping, preview.statuses, statusMap, t]);
  const start = () => {
    if (issues.summary.length > 0) setAttempts((n) => n + 1);
    else void runImport(finished);
  };
  const delimiter = DELIMITER_NAMES[preview.parsed.delimiter as keyof typeof DELIMITER_NAMES] ?? 'comma';
  return (
    <section className="csv-import__step" aria-labelledby="csv-step-map">
      <div id="csv-step-map">
        <StepHeading step={2} title={t('jobsAdding.import.mapTitle')} focus={focus} />
      </div>
      <ErrorSummary items={attempts > 0 ? issues.summary : []} attempt={attempts} />
      <p>
        {t('jobsAdding.import.fileFacts', {
          file,
          count: rowCount,
          encoding: t(`jobsAdding.import.encodings.${preview.encoding}`),
          delimiter: t(`jobsAdding.import.delimiters.${delimiter}`),
        })}
      </p>
      {preview.parsed.problems.length > 0 ? <p>{t('jobsAdding.import.fileProblems', { count: preview.parsed.problems.length })}</p> : null}
      <div className="section">
        <h3>{t('jobsAdding.import.columnsTitle')}</h3>
        <p className="field__hint">{t('jobsAdding.import.columnsHint')}</p>
        <ColumnTable parsed={preview.parsed} mapping={mapping} issues={issues} />
      </div>
      <DatesAndStages view={view} unmatched={issues.unmatched} />
      <div className="section">
        <h3>{t('jobsAdding.import.previewTitle')}</h3>
        <PreviewRows parsed={preview.parsed} mapping={mapping} dateOrder={view.dateOrder} statusMap={statusMap} />
      </div>
      <div className="csv-import__actions">
        <Button variant="primary" icon={<FileUp />} onClick={start}>
          {t('jobsAdding.import.importButton', { count: rowCount })}
        </Button>
        <Button icon={<RotateCcw />} onClick={resetImport}>
          {t('jobsAdding.import.chooseAnother')}
        </Button>
      </div>
    </section>
  );
}

function DatesAndStages({ view, unmatched }: { view: Extract<ImportView, { step: 'mapping' }>; unmatched: Set<string> }) {
  const { t } = useTranslation();
  const { preview, mapping } = view;
  return (
    <>
      <DateChoice parsed={preview.parsed} mapping={mapping} decision={preview.dateOrder} order={view.dateOrder} />
      {preview.statuses.length > 0 ? (
        <div className="section">
          <h3>{t('jobsAdding.import.statusTitle')}</h3>
          <StatusChoices statuses={preview.statuses} statusMap={view.statusMap} unmatched={unmatched} />
        </div>
      ) : null}
    </>
  );
}
