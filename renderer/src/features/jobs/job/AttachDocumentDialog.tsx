import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, LibraryDocument } from '../../../../../shared/contract';
import { isCalendarDate } from '../../../../../shared/domain/jobs';
import { getDb } from '../../../db/career-db';
import { today } from '../../../db/clock';
import type { JobRow } from '../../../db/rows';
import { recordSentDocument } from '../../../db/sent-documents';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useJobWrite } from '../state/use-update-job';
import { sentLabel, versionName, versionsOldestFirst } from './document-label';
import { ErrorSummary, FormField } from './FormField';
import { ButtonLink } from '../../../ui/ButtonLink';

const KINDS: Array<{ kind: DocumentKind; key: 'resume' | 'coverLetter' | 'other' }> = [
  { kind: 'resume', key: 'resume' },
  { kind: 'cover-letter', key: 'coverLetter' },
  { kind: 'other', key: 'other' },
];

export interface AttachDocumentDialogProps {
  open: boolean;
  job: JobRow;
  docs: Map<string, LibraryDocument> | null;
  onClose(): void;
}

/** Picks a document from the library, the exact version sent, and the day it went. */
export function AttachDocumentDialog({ open, job, docs, onClose }: AttachDocumentDialogProps) {
  const { t } = useTranslation();
  const base = useId();
  const write = useJobWrite();
  const [documentId, setDocumentId] = useState('');
  const [versionId, setVersionId] = useState('');
  const [sentAt, setSentAt] = useState(today());
  const [errors, setErrors] = useState<{ document?: string; date?: string }>({});
  const doc = documentId ? docs?.get(documentId) : undefined;
  const versions = doc ? versionsOldestFirst(doc).reverse() : [];
  const list = [...(docs?.values() ?? [])].sort((a, b) => a.title.localeCompare(b.title));

  const chooseDocument = (id: string) => {
    setDocumentId(id);
    setVersionId(docs?.get(id)?.currentVersionId ?? '');
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      document: doc && versionId ? undefined : t('jobs.documents.pickError'),
      date: isCalendarDate(sentAt) ? undefined : t('jobs.timeline.dateInvalid'),
    };
    setErrors(found);
    if (found.document || found.date || !doc) return;
    const saved = await write(() => recordSentDocument(getDb(), job.id, { documentId: doc.id, versionId, sentAt }));
    if (!saved) return;
    useToasts.getState().show({ tone: 'success', message: t('jobs.documents.attached', { label: sentLabel(doc, versionId, t) }) });
    onClose();
  };

  const summary = [
    errors.document ? { id: `${base}-document`, message: errors.document } : null,
    errors.date ? { id: `${base}-date`, message: errors.date } : null,
  ].filter((e): e is { id: string; message: string } => e !== null);

  return (
    <Dialog open={open} title={t('jobs.documents.dialogTitle')} closeLabel={t('jobs.documents.close')} onClose={onClose}>
      {docs === null ? (
        <p role="status">{t('jobs.page.loading')}</p>
      ) : docs.size === 0 ? (
        <>
          <p>{t('jobs.documents.libraryEmpty')}</p>
          <ButtonLink variant="primary" to="/documents/resumes">
            {t('jobs.documents.goToLibrary')}
          </ButtonLink>
        </>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="attach-form">
          <ErrorSummary title={t('jobs.form.problem')} errors={summary} />
          <FormField id={`${base}-document`} label={t('jobs.documents.documentLabel')} error={errors.document}>
            {(props) => (
              <select {...props} className="field__input" value={documentId} onChange={(event) => chooseDocument(event.target.value)}>
                <option value="">{t('jobs.documents.choose')}</option>
                {KINDS.map(({ kind, key }) => {
                  const ofKind = list.filter((d) => d.kind === kind);
                  return ofKind.length > 0 ? (
                    <optgroup key={kind} label={t(`documents.kinds.${key}`)}>
                      {ofKind.map((d) => (
                        <option key={d.id} value={d.id}>
                          {d.title}
                        </option>
                      ))}
                    </optgroup>
                  ) : null;
                })}
              </select>
            )}
          </FormField>
          {doc ? (
            <FormField id={`${base}-version`} label={t('jobs.documents.versionLabel')} hint={t('jobs.documents.versionHint')}>
              {(props) => (
                <select {...props} className="field__input" value={versionId} onChange={(event) => setVersionId(event.target.value)}>
                  {versions.map((v) => (
                    <option key={v.id} value={v.id}>
                      {v.id === doc.currentVersionId ? t('jobs.documents.currentVersion', { name: versionName(doc, v, t) }) : versionName(doc, v, t)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
          <FormField id={`${base}-date`} label={t('jobs.documents.dateLabel')} hint={t('jobs.documents.dateHint')} error={errors.date}>
            {(props) => <input {...props} type="date" className="field__input" value={sentAt} onChange={(event) => setSentAt(event.target.value)} />}
          </FormField>
          <div className="dialog__actions attach-form__actions">
            <Button onClick={onClose}>{t('jobs.form.cancel')}</Button>
            <Button type="submit" variant="primary">
              {t('jobs.documents.attachButton')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
