import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FilePlus } from 'lucide-react';
import type { DocumentVersion, LibraryDocument } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useToasts } from '../../../stores/toasts';
import { AddFilesButton } from '../AddFilesButton';
import { Preview } from '../preview/Preview';
import { currentVersion } from '../sorting';
import { useDocuments } from '../store';
import type { DetailPaneProps } from './DetailPane';
import { DocumentActions } from './DocumentActions';
import { FileInfo } from './FileInfo';
import { KindField } from './KindField';
import { KindSuggestion } from './KindSuggestion';
import { NewVersionDialog } from './NewVersionDialog';
import { NotesField } from './NotesField';
import { SentWith } from './SentWith';
import { TagEditor } from './TagEditor';
import { TitleEditor } from './TitleEditor';
import { VersionList } from './VersionList';
import { versionLabel } from './version-label';

type Props = DetailPaneProps & { doc: LibraryDocument; back: ReactNode };

/** One document: title, actions, preview, versions, details (kind, tags, notes) and file facts. */
export function DocumentDetail({ doc, back, importer, onDelete, onMove }: Props) {
  const { t } = useTranslation();
  const client = useClient();
  const headingId = useId();
  const [previewChoice, setPreviewChoice] = useState<string | null>(null);
  const [baseOn, setBaseOn] = useState<DocumentVersion | null>(null);
  // The preview shows the current version unless the user picked another (that still exists).
  const version = doc.versions.find((v) => v.id === previewChoice) ?? currentVersion(doc);
  const isCurrent = version.id === doc.currentVersionId;
  const fail = (err: unknown) =>
    useToasts.getState().show({ tone: 'error', message: t('documents.versions.failed', { reason: (err as Error).message }) });

  const makeCurrent = (target: DocumentVersion) =>
    client
      .send('documents-version-restore', { id: doc.id, versionId: target.id })
      .then((saved) => {
        useDocuments.getState().upsert([saved]);
        setPreviewChoice(null);
        useToasts.getState().show({ tone: 'success', message: t('documents.versions.madeCurrent', { label: versionLabel(saved, target, t) }) });
      })
      .catch(fail);
  const open = (target: DocumentVersion) =>
    client
      .send('documents-open', { id: doc.id, versionId: target.id })
      .then(({ opened }) => (opened ? undefined : fail(new Error(t('documents.actions.openFailed', { title: doc.title })))))
      .catch(fail);
  const addVersion = (
    <AddFilesButton
      label={t('documents.versions.addFromFile')}
      icon={<FilePlus />}
      multiple={false}
      onFiles={(files) => void importer.importFiles(files, { versionOf: doc.id }).then(() => setPreviewChoice(null))}
      onDialog={() => void importer.importWithDialog({ versionOf: doc.id }).then(() => setPreviewChoice(null))}
    />
  );

  return (
    <section className="detail" aria-labelledby={headingId}>
      {back}
      <TitleEditor doc={doc} headingId={headingId} />
      <DocumentActions doc={doc} version={version} onDelete={onDelete} />
      <KindSuggestion doc={doc} onMove={(kind) => onMove(doc, kind)} />

      <section className="detail__section" aria-labelledby={`${headingId}-preview`}>
        <div className="detail__section-head">
          <h3 id={`${headingId}-preview`}>{t('documents.preview.title')}</h3>
          {isCurrent ? null : (
            <p className="detail__preview-of">
              {t('documents.preview.ofVersion', { label: versionLabel(doc, version, t) })}{' '}
              <button type="button" className="detail__link-button" onClick={() => setPreviewChoice(null)}>
                {t('documents.preview.showCurrent')}
              </button>
            </p>
          )}
        </div>
        <Preview doc={doc} version={version} />
      </section>

      <section className="detail__section" aria-labelledby={`${headingId}-versions`}>
        <h3 id={`${headingId}-versions`}>{t('documents.versions.title')}</h3>
        <VersionList
          doc={doc}
          previewId={version.id}
          onPreview={setPreviewChoice}
          onOpen={(v) => void open(v)}
          onMakeCurrent={(v) => void makeCurrent(v)}
          onBaseOn={setBaseOn}
          addFromFile={addVersion}
        />
      </section>

      <SentWith doc={doc} headingId={`${headingId}-sent`} />

      <section className="detail__section" aria-labelledby={`${headingId}-details`}>
        <h3 id={`${headingId}-details`}>{t('documents.detail.details')}</h3>
        <KindField doc={doc} onMove={(kind) => onMove(doc, kind)} />
        <TagEditor doc={doc} />
        <NotesField doc={doc} />
        <h4 className="detail__subhead">{t('documents.detail.aboutFile')}</h4>
        <FileInfo version={version} />
      </section>

      <NewVersionDialog
        doc={doc}
        basedOn={baseOn}
        onClose={() => setBaseOn(null)}
        onCreated={() => setPreviewChoice(null)}
      />
    </section>
  );
}
