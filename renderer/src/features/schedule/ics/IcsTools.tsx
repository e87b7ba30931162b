import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Download, FileUp } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { DropHint } from '../../../ui/DropHint';
import type { ViewRange } from '../page/view-range';
import { ExportRangeDialog } from './ExportRangeDialog';
import { ImportDialog } from './ImportDialog';
import { useFileDrop } from './use-file-drop';
import { useIcsImport } from './use-ics-import';
import './ics.css';

/**
 * The schedule's iCalendar tools: "Import calendar file" (a file dialog, or drop an .ics
 * anywhere on the page; the page's help says so, as #ics-drop-hint) and "Save dates as
 * calendar file" for the dates shown or any others.
 */
export function IcsTools({ range }: { range: Pick<ViewRange, 'first' | 'last'> }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const importer = useIcsImport();
  const [exporting, setExporting] = useState(false);
  const onFile = useCallback((file: File) => void importer.start(file), [importer]);
  const dragging = useFileDrop(onFile);
  const choose = () => {
    if (input.current) input.current.value = '';
    input.current?.click();
  };
  return (
    <div className="schedule-page__tools">
      <Button icon={<FileUp />} onClick={choose} aria-describedby="ics-drop-hint">
        {t('schedule.import.button')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".ics,.ical,.icalendar,text/calendar"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
        }}
      />
      <Button icon={<Download />} onClick={() => setExporting(true)}>
        {t('schedule.export.range')}
      </Button>
      {dragging ? (
        <DropHint icon={<FileUp />}>{t('schedule.import.dropHere')}</DropHint>
      ) : null}
      <ImportDialog
        onConfirm={() => void importer.confirm()}
        onCancel={importer.cancel}
        onChooseAnother={() => {
          importer.cancel();
          choose();
        }}
      />
      <ExportRangeDialog open={exporting} from={range.first} to={range.last} onClose={() => setExporting(false)} />
    </div>
  );
}
