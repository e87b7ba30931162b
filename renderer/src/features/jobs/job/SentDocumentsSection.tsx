import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FileText, Paperclip, X } from 'lucide-react';
import type { SentDocument } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import type { JobRow } from '../../../db/rows';
import { recordSentDocument, removeSentDocument } from '../../../db/sent-documents';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { formatDay } from '../format';
import { UNDO_MS } from '../state/use-move-job';
import { useJobWrite } from '../state/use-update-job';
import { useLanguage } from '../../../i18n/use-language';
import { AttachDocumentDialog } from './AttachDocumentDialog';
import { sentLabel } from './document-label';
import { useLibraryDocuments } from './use-library-documents';

const AREA = { resume: 'resumes', 'cover-letter': 'cover-letters', other: 'other' } as const;

/** The exact document versions sent with the application, and "Add a document you sent". */
export function SentDocumentsSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = useId();
  const write = useJobWrite();
  const { docs, error } = useLibraryDocuments();
  // A new dialog each time (a new key), so it starts empty and the browser returns focus to the button when it closes.
  const [attach, setAttach] = useState({ open: false, key: 0 });

  const remove = async (sent: SentDocument, label: string) => {
    if (!(await write(() => removeSentDocument(getDb(), job.id, sent)))) return;
    useToasts.getState().show({
      tone: 'info',
      message: t('jobs.documents.removed', { label }),
      action: { label: t('toast.undo'), run: () => void write(() => recordSentDocument(getDb(), job.id, sent)) },
      timeoutMs: UNDO_MS,
    });
  };

  return (
    <section className="section job-section" aria-labelledby={headingId}>
      <div className="job-section__head">
        <h2 id={headingId} className="section__title">
          {t('jobs.documents.title')}
        </h2>
      </div>
      {error ? <p role="alert">{t('jobs.documents.loadFailed', { reason: error })}</p> : null}
      {job.sentDocuments.length > 0 ? (
        <ul className="job-list">
          {job.sentDocuments.map((sent) => {
            const doc = docs?.get(sent.documentId);
            const label = doc ? sentLabel(doc, sent.versionId, t) : docs ? t('jobs.documents.documentGone') : t('jobs.page.loading');
            return (
              <li key={`${sent.documentId}-${sent.versionId}`} className="job-list__item">
                <FileText aria-hidden="true" className="job-list__icon" />
                <span className="job-list__text">
                  {doc ? (
                    <Link className="job-list__name" to={`/documents/${AREA[doc.kind]}/${doc.id}`}>
                      {label}
                    </Link>
                  ) : (
                    <span className="job-list__name">{label}</span>
                  )}
                  <span className="job-list__meta">{t('jobs.documents.sentOn', { date: formatDay(sent.sentAt, language) })}</span>
                </span>
                <button type="button" className="job-list__remove" onClick={() => void remove(sent, label)}>
                  <X aria-hidden="true" />
                  <span>{t('jobs.documents.remove')}</span>
                  <span className="visually-hidden">{label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="job-section__empty">{t('jobs.documents.none')}</p>
      )}
      <Button icon={<Paperclip />} onClick={() => setAttach((a) => ({ open: true, key: a.key + 1 }))}>
        {t('jobs.documents.attach')}
      </Button>
      <AttachDocumentDialog key={attach.key} open={attach.open} job={job} docs={docs} onClose={() => setAttach((a) => ({ ...a, open: false }))} />
    </section>
  );
}
