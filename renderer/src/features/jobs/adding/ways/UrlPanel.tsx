import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, ClipboardPaste, Globe, LoaderCircle, RotateCw, TriangleAlert, WifiOff } from 'lucide-react';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/Field';
import { normaliseUrl } from '../form/validate';
import { useAddJob, type FetchState } from '../form/store';
import { useFetchPosting } from './use-fetch-posting';

/** A web address and "Get the job": the backend reads the page's job data, or we say why not and offer pasting. */
export function UrlPanel({ onPasteInstead }: { onPasteInstead(url: string): void }) {
  const { t } = useTranslation();
  const urlText = useAddJob((s) => s.urlText);
  const fetchState = useAddJob((s) => s.fetch);
  const set = useAddJob((s) => s.set);
  const fetchPosting = useFetchPosting();
  const [problem, setProblem] = useState<'empty' | 'invalid' | null>(null);
  const get = (event?: FormEvent) => {
    event?.preventDefault();
    const url = normaliseUrl(urlText);
    if (!url) {
      setProblem(url === '' ? 'empty' : 'invalid');
      return;
    }
    setProblem(null);
    if (url !== urlText) set({ urlText: url });
    void fetchPosting(url);
  };
  return (
    <div className="add-job__source">
      <form onSubmit={get} noValidate>
        <TextField
          label={t('jobsAdding.url.label')}
          hint={t('jobsAdding.url.hint')}
          error={problem ? t(`jobsAdding.url.${problem}`) : undefined}
          type="url"
          inputMode="url"
          spellCheck={false}
          autoComplete="url"
          className="add-job__url"
          value={urlText}
          onChange={(e) => set({ urlText: e.target.value })}
        />
        <Button type="submit" variant="primary" icon={<Globe />} disabled={fetchState.status === 'fetching'}>
          {t('jobsAdding.url.get')}
        </Button>
      </form>
      <FetchStatus state={fetchState} onRetry={() => get()} onPasteInstead={() => onPasteInstead(normaliseUrl(urlText) ?? '')} />
    </div>
  );
}

/** What happened: working on it (polite), found (polite), or could not (assertive), with the way out. */
function FetchStatus({ state, onRetry, onPasteInstead }: { state: FetchState; onRetry(): void; onPasteInstead(): void }) {
  const { t, i18n } = useTranslation();
  const failed = state.status === 'failed' || state.status === 'offline';
  let failure = '';
  if (state.status === 'offline') failure = t('jobsAdding.url.offline');
  if (state.status === 'failed') {
    // The backend writes its messages in English; other languages say the same by reason.
    const english = (i18n.resolvedLanguage ?? 'en').startsWith('en');
    if (state.reason === null) failure = t('jobsAdding.url.failedUnknown', { reason: state.message });
    else if (english) failure = state.message;
    else failure = t(`jobsAdding.url.failures.${state.reason}`, { host: state.host });
  }
  return (
    <>
      <div role="status" className="add-job__status-region">
        {state.status === 'fetching' ? (
          <p className="notice notice--info">
            <LoaderCircle aria-hidden="true" className="notice__icon notice__icon--spin" />
            <span>{t('jobsAdding.url.fetching', { host: state.host })}</span>
          </p>
        ) : null}
        {state.status === 'found' ? (
          <p className="notice notice--success">
            <CircleCheck aria-hidden="true" className="notice__icon" />
            <span>{t('jobsAdding.url.found', { title: state.title, host: state.host })}</span>
          </p>
        ) : null}
      </div>
      <div role="alert" className="add-job__status-region">
        {failed ? (
          <div className="notice notice--error">
            {state.status === 'offline' ? <WifiOff aria-hidden="true" className="notice__icon" /> : <TriangleAlert aria-hidden="true" className="notice__icon" />}
            <div>
              <p>{failure}</p>
              <div className="notice__actions">
                <Button variant="primary" icon={<ClipboardPaste />} onClick={onPasteInstead}>
                  {t('jobsAdding.url.pasteInstead')}
                </Button>
                <Button icon={<RotateCw />} onClick={onRetry}>
                  {t('jobsAdding.url.tryAgain')}
                </Button>
              </div>
            </div>
          </div>
        ) : null}
      </div>
    </>
  );
}
