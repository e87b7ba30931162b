import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Upload } from 'lucide-react';
import { useToasts } from '../../../stores/toasts';
import { DropHint } from '../../../ui/DropHint';
import { PageHeader } from '../../../ui/PageHeader';
import { ChooseFileStep } from './ChooseFileStep';
import { DoneStep } from './DoneStep';
import { chooseFile, useCsvImport } from './import-store';
import { MappingStep } from './MappingStep';
import { RunStep } from './RunStep';
import { useFileDrop } from './use-file-drop';
import '../adding/adding.css';
import './csv-ui.css';

/**
 * /jobs/import: choose a CSV file (button or drop), match its columns with a preview, import
 * with progress and Cancel, then a summary with the rows that were skipped and why.
 */
export function ImportJobsPage() {
  const { t } = useTranslation();
  const step = useCsvImport((s) => s.view.step);
  const moves = useCsvImport((s) => s.moves);
  // Steps the user moves to take focus; the step showing when the page opens leaves it to the page title.
  const [arrivedAt] = useState(moves);
  const focus = moves !== arrivedAt;
  const dragging = useFileDrop(step === 'choose', (files) => {
    if (files.length > 1) useToasts.getState().show({ tone: 'info', message: t('jobsAdding.import.oneFile', { file: files[0].name }) });
    void chooseFile(files[0]);
  });
  return (
    <div className="page csv-import">
      <PageHeader title={t('jobsAdding.import.title')} intro={t('jobsAdding.import.intro')} />
      {step === 'choose' || step === 'reading' ? <ChooseFileStep focus={focus} /> : null}
      {step === 'mapping' ? <MappingStep focus={focus} /> : null}
      {step === 'running' ? <RunStep focus={focus} /> : null}
      {step === 'done' ? <DoneStep focus={focus} /> : null}
      {dragging ? (
        <DropHint icon={<Upload />}>{t('jobsAdding.import.dropHere')}</DropHint>
      ) : null}
    </div>
  );
}
