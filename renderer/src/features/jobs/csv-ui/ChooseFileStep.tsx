import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, FolderOpen, LoaderCircle } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { chooseFile, resetImport, useCsvImport } from './import-store';
import { StepHeading } from './StepHeading';

export const FILE_INPUT_ID = 'csv-file';

/** Step 1: choose a CSV file with the button (or drop it on the window). */
export function ChooseFileStep({ focus }: { focus: boolean }) {
  const { t } = useTranslation();
  const view = useCsvImport((s) => s.view);
  const input = useRef<HTMLInputElement>(null);
  const problem = view.step === 'choose' ? view.problem : null;
  return (
    <section className="section csv-import__step" aria-labelledby="csv-step-choose">
      <div id="csv-step-choose">
        <StepHeading step={1} title={t('jobsAdding.import.chooseTitle')} focus={focus} />
      </div>
      <p>{t('jobsAdding.import.chooseBody')}</p>
      {problem ? (
        <p className="field__error" role="alert" id={`${FILE_INPUT_ID}-error`}>
          {t(`jobsAdding.import.${problem.code}`, { file: problem.file, reason: problem.reason ?? '' })}
        </p>
      ) : null}
      {view.step === 'reading' ? (
        <ReadingProgress file={view.file} percent={view.percent} />
      ) : (
        <div className="csv-drop">
          <FileSpreadsheet aria-hidden="true" className="csv-drop__icon" />
          <Button variant="primary" icon={<FolderOpen />} onClick={() => input.current?.click()} aria-describedby={problem ? `${FILE_INPUT_ID}-error` : undefined}>
            {t('jobsAdding.import.chooseButton')}
          </Button>
          <p className="csv-drop__hint">{t('jobsAdding.import.dropHint')}</p>
          <input
            ref={input}
            id={FILE_INPUT_ID}
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            hidden
            tabIndex={-1}
            aria-label={t('jobsAdding.import.chooseButton')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so choosing the same file again still counts.
              event.target.value = '';
              if (file) void chooseFile(file);
            }}
          />
        </div>
      )}
    </section>
  );
}

function ReadingProgress({ file, percent }: { file: string; percent: number | null }) {
  const { t } = useTranslation();
  return (
    <div className="csv-progress">
      <LoaderCircle aria-hidden="true" className="notice__icon notice__icon--spin" />
      <p role="status" className="csv-progress__text">
        {percent === null ? t('jobsAdding.import.reading', { file }) : t('jobsAdding.import.readingPercent', { file, percent })}
      </p>
      <Button onClick={resetImport}>{t('jobsAdding.import.cancel')}</Button>
    </div>
  );
}
