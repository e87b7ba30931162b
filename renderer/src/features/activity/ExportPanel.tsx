import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, Printer } from 'lucide-react';
import { today } from '../../db';
import { Button } from '../../ui/Button';
import { RadioGroup, TextField } from '../../ui/Field';
import { formatDay, formatDayRange } from '../contacts/shared/calendar';
import { useLanguage } from '../../i18n/use-language';
import { presetRanges, rangeProblem, type RangeChoice } from './export-range';
import { useLogExport } from './use-log-export';
import './top-panels.css';

const EXAMPLE_DATE = '2025-03-04';

/** "Download your log": this week, last week or chosen dates, as a spreadsheet or a PDF to print. */
export function ExportPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const presets = presetRanges(today());
  const [choice, setChoice] = useState<RangeChoice>('this-week');
  const [custom, setCustom] = useState(presets['this-week']);
  const [checked, setChecked] = useState(false);
  const { state, exportCsv, exportPdf } = useLogExport();

  const range = choice === 'custom' ? custom : presets[choice];
  const problem = choice === 'custom' ? rangeProblem(custom.from, custom.to) : null;
  const shownProblem = checked ? problem : null;
  const example = formatDay(EXAMPLE_DATE, language, false);
  const fromError = shownProblem === 'fromRequired' ? t('activity.export.dateRequired', { example }) : undefined;
  let toError: string | undefined;
  if (shownProblem === 'toRequired') toError = t('activity.export.dateRequired', { example });
  else if (shownProblem === 'order') toError = t('activity.export.order');
  else if (shownProblem === 'tooLong') toError = t('activity.export.tooLong');

  const run = (format: 'csv' | 'pdf') => {
    if (state.kind === 'working') return;
    setChecked(true);
    if (problem) return;
    void (format === 'csv' ? exportCsv(range.from, range.to) : exportPdf(range.from, range.to));
  };
  // aria-disabled, not disabled: a disabled button would drop keyboard focus while the file is made.
  const working = state.kind === 'working';
  const rangeText = (key: 'this-week' | 'last-week') => formatDayRange(presets[key].from, presets[key].to, language);

  return (
    <section className="activity-export" aria-labelledby="activity-export-heading">
      <h2 id="activity-export-heading" className="activity-export__title">
        {t('activity.export.title')}
      </h2>
      <p className="activity-export__hint">{t('activity.export.hint')}</p>
      <RadioGroup<RangeChoice>
        legend={t('activity.export.range')}
        name="export-range"
        value={choice}
        onChange={setChoice}
        choices={[
          { value: 'this-week', label: t('activity.export.thisWeek', { range: rangeText('this-week') }) },
          { value: 'last-week', label: t('activity.export.lastWeek', { range: rangeText('last-week') }) },
          { value: 'custom', label: t('activity.export.custom') },
        ]}
      />
      {choice === 'custom' ? (
        <div className="activity-export__dates">
          <TextField type="date" name="from" label={t('activity.export.from')} error={fromError} value={custom.from} onChange={(e) => setCustom((c) => ({ ...c, from: e.target.value }))} />
          <TextField type="date" name="to" label={t('activity.export.to')} error={toError} value={custom.to} onChange={(e) => setCustom((c) => ({ ...c, to: e.target.value }))} />
        </div>
      ) : null}
      <div className="activity-export__buttons">
        <Button icon={<Printer />} aria-disabled={working || undefined} onClick={() => run('pdf')}>
          {t('activity.export.pdf')}
        </Button>
        <Button icon={<FileSpreadsheet />} aria-disabled={working || undefined} onClick={() => run('csv')}>
          {t('activity.export.csv')}
        </Button>
      </div>
      <p className="activity-export__status" role="status">
        {state.kind === 'working' ? t(state.format === 'csv' ? 'activity.export.makingCsv' : 'activity.export.makingPdf') : null}
        {state.kind === 'done' ? state.message : null}
      </p>
      {state.kind === 'failed' ? (
        <p className="activity-export__failure" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
