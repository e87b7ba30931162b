import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link2, Unlink } from 'lucide-react';
import { getDb, jobsForContact, linkContact, unlinkContact, type ContactRow } from '../../db';
import { useToasts } from '../../stores/toasts';
import { Button } from '../../ui/Button';
import { JobLinks } from './shared/JobLinks';
import { useLiveQuery } from './shared/use-live-query';
import { LinkJobDialog } from './LinkJobDialog';

/** "Their jobs": the jobs linked to this person, newest change first, with Link a job and Unlink (undoable). */
export function ContactJobs({ contact }: { contact: ContactRow }) {
  const { t } = useTranslation();
  const load = useCallback(
    async () => (await jobsForContact(getDb(), contact.id)).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0)),
    [contact.id],
  );
  const jobs = useLiveQuery(load);
  const [linking, setLinking] = useState({ open: false, session: 0 });

  const unlink = async (job: { id: string; title: string }) => {
    const toasts = useToasts.getState();
    try {
      await unlinkContact(getDb(), job.id, contact.id);
      toasts.show({
        tone: 'info',
        message: t('contacts.detail.unlinked', { title: job.title }),
        action: { label: t('contacts.actions.undo'), run: () => void linkContact(getDb(), job.id, contact.id).catch(() => undefined) },
        timeoutMs: 15_000,
      });
    } catch (err) {
      toasts.show({ tone: 'error', message: t('contacts.detail.unlinkFailed', { reason: (err as Error).message }) });
    }
  };

  const headingId = `contact-jobs-${contact.id}`;
  return (
    <section className="split-detail__section" aria-labelledby={headingId}>
      <div className="split-detail__section-head">
        <h3 id={headingId}>{t('contacts.detail.jobsTitle')}</h3>
        <Button icon={<Link2 />} onClick={() => setLinking((s) => ({ open: true, session: s.session + 1 }))}>
          {t('contacts.detail.linkJob')}
        </Button>
      </div>
      {jobs.error ? (
        <p role="alert">{t('contacts.detail.jobsFailed', { reason: jobs.error })}</p>
      ) : !jobs.loaded ? null : jobs.value && jobs.value.length > 0 ? (
        <JobLinks
          jobs={jobs.value}
          label={t('contacts.detail.jobsTitle')}
          action={(job) => (
            <Button variant="quiet" icon={<Unlink />} aria-label={t('contacts.detail.unlinkLabel', { title: job.title, name: contact.name })} onClick={() => void unlink(job)}>
              {t('contacts.detail.unlink')}
            </Button>
          )}
        />
      ) : (
        <div className="split-note">
          <p>
            <strong>{t('contacts.detail.jobsNone', { name: contact.name })}</strong>
          </p>
          <p>{t('contacts.detail.jobsHint')}</p>
        </div>
      )}
      <LinkJobDialog
        open={linking.open}
        session={linking.session}
        contact={contact}
        linkedIds={new Set(jobs.value?.map((j) => j.id) ?? [])}
        onClose={() => setLinking((s) => ({ ...s, open: false }))}
      />
    </section>
  );
}
