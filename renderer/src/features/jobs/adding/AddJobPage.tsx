import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RotateCcw } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { fieldId, hasContent } from './form/draft';
import { JobForm } from './form/JobForm';
import { useAddJob } from './form/store';
import { ErrorSummary } from './ErrorSummary';
import { PASTE_ID, PastePanel } from './ways/PastePanel';
import { UrlPanel } from './ways/UrlPanel';
import { parseWay, WayTabs, type Way } from './ways/WayTabs';
import './adding.css';

/**
 * /jobs/new: add a job by filling in the form, by pasting a posting's text, or from its web
 * address. Pasting and the web address fill the same form, which the user checks and saves.
 */
export function AddJobPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const way = parseWay(params.get('way'));
  const found = useAddJob((s) => s.found !== null);
  const fetched = useAddJob((s) => s.fetch.status === 'found');
  const errors = useAddJob((s) => s.errors);
  const attempts = useAddJob((s) => s.attempts);
  // Coming back to a half-filled form: say so, and offer a clean start.
  const [kept, setKept] = useState(() => hasContent(useAddJob.getState().draft));
  const choose = (next: Way) => setParams(next === 'form' ? {} : { way: next }, { replace: true });
  const pasteInstead = (url: string) => {
    const { draft, setField } = useAddJob.getState();
    if (url && draft.url.trim() === '') setField('url', url);
    choose('paste');
    requestAnimationFrame(() => document.getElementById(PASTE_ID)?.focus());
  };
  const startOver = () => {
    useAddJob.getState().reset();
    setKept(false);
  };
  const showForm = way === 'form' || (way === 'paste' && found) || (way === 'url' && fetched);
  const summary = (errors ?? []).map((e) => ({
    target: fieldId(e.field),
    message: t(`jobsAdding.errors.${e.code}`, { reason: e.reason ?? '' }),
  }));
  return (
    <div className="page add-job">
      <PageHeader title={t('jobsAdding.page.title')} intro={t('jobsAdding.page.intro')} />
      <ErrorSummary items={showForm ? summary : []} attempt={attempts} />
      {kept ? (
        <div className="notice notice--info add-job__kept">
          <p>{t('jobsAdding.page.draftKept')}</p>
          <Button icon={<RotateCcw />} onClick={startOver}>
            {t('jobsAdding.page.startOver')}
          </Button>
        </div>
      ) : null}
      <WayTabs way={way} onChange={choose}>
        {way === 'paste' ? <PastePanel onSkip={() => choose('form')} /> : null}
        {way === 'url' ? <UrlPanel onPasteInstead={pasteInstead} /> : null}
        {showForm ? <JobForm /> : null}
      </WayTabs>
    </div>
  );
}
