import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check } from 'lucide-react';
import { getDb, linkContact, listJobs, type ContactRow } from '../../db';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SearchBox } from './shared/SearchBox';
import { useLiveQuery } from './shared/use-live-query';

const SHOWN = 20;

export interface LinkJobDialogProps {
  open: boolean;
  session: number;
  contact: ContactRow;
  /** Jobs already linked: their button says so instead of linking twice. */
  linkedIds: ReadonlySet<string>;
  onClose(): void;
}

/** Find a job by its words and link it to the contact; the list stays open to link several. */
export function LinkJobDialog({ open, session, contact, linkedIds, onClose }: LinkJobDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('contacts.link.title', { name: contact.name })}
      closeLabel={t('contacts.form.close')}
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          {t('contacts.link.done')}
        </Button>
      }
    >
      {open ? <JobFinder key={session} contact={contact} linkedIds={linkedIds} /> : null}
    </Dialog>
  );
}

function JobFinder({ contact, linkedIds }: { contact: ContactRow; linkedIds: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  // Years of jobs are read once the typing pauses, not on every key.
  const [asked, setAsked] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAsked(query.trim()), 150);
    return () => clearTimeout(timer);
  }, [query]);
  const load = useCallback(async () => {
    const jobs = await listJobs(getDb(), asked ? { text: asked } : {});
    return { total: jobs.length, shown: jobs.slice(0, SHOWN) };
  }, [asked]);
  const found = useLiveQuery(load);

  const link = async (job: { id: string; title: string }) => {
    try {
      await linkContact(getDb(), job.id, contact.id);
      useToasts.getState().show({ tone: 'success', message: t('contacts.link.linkedToast', { title: job.title, name: contact.name }) });
    } catch (err) {
      useToasts.getState().show({ tone: 'error', message: t('contacts.link.failed', { reason: (err as Error).message }) });
    }
  };

  const result = found.value;
  let status = '';
  if (result && result.total === 0) status = asked ? t('contacts.link.noResults', { query: asked }) : t('contacts.link.noJobs');
  else if (result && result.total > SHOWN) status = t('contacts.link.more', { count: SHOWN });
  return (
    <div className="link-job">
      <SearchBox label={t('contacts.link.search')} hint={t('contacts.link.searchHint')} clearLabel={t('contacts.list.clearSearch')} value={query} onChange={setQuery} />
      <p className="split-list__status" role="status">
        {status}
      </p>
      {result && result.shown.length > 0 ? (
        <ul className="link-job__list">
          {result.shown.map((job) => {
            const linked = linkedIds.has(job.id);
            return (
              <li key={job.id} className="link-job__item">
                <span className="link-job__text">
                  <strong>{job.title}</strong>
                  <span className="link-job__meta">{[job.employer, job.location].filter(Boolean).join(' · ')}</span>
                </span>
                {/* Stays focusable once linked, so keyboard focus doesn't fall out of the list. */}
                <Button
                  aria-disabled={linked || undefined}
                  icon={linked ? <Check /> : undefined}
                  aria-label={linked ? undefined : t('contacts.link.linkLabel', { title: job.title })}
                  onClick={() => (linked ? undefined : void link(job))}
                >
                  {linked ? t('contacts.link.linked') : t('contacts.link.link')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
