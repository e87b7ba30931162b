import { useTranslation } from 'react-i18next';
import { Download, ExternalLink, FolderOpen, GripVertical, Trash } from 'lucide-react';
import { documentFileUrl, type DocumentVersion, type LibraryDocument } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useAppInfo } from '../../../stores/settings';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { startDragOut } from '../dropping/drag-out';

export interface DocumentActionsProps {
  doc: LibraryDocument;
  /** The version the buttons act on: the one in the preview. */
  version: DocumentVersion;
  onDelete(doc: LibraryDocument): void;
}

/**
 * What can be done with the file: open it, show it in its folder (when this computer
 * can), download it (browser mode), drag it out, delete it (with Undo, no question).
 */
export function DocumentActions({ doc, version, onDelete }: DocumentActionsProps) {
  const { t } = useTranslation();
  const client = useClient();
  const canOpen = useAppInfo().capabilities.openPath;
  const desktop = Boolean(window.careerOrganizer);
  const fail = (message: string) => useToasts.getState().show({ tone: 'error', message });

  const open = () =>
    client
      .send('documents-open', { id: doc.id, versionId: version.id })
      .then(({ opened }) => (opened ? undefined : fail(t('documents.actions.openFailed', { title: doc.title }))))
      .catch(() => fail(t('documents.actions.openFailed', { title: doc.title })));
  const showInFolder = () =>
    client
      .send('documents-show-in-folder', { id: doc.id })
      .then(({ shown }) => (shown ? undefined : fail(t('documents.actions.showFailed', { reason: '' }).trim())))
      .catch((err: Error) => fail(t('documents.actions.showFailed', { reason: err.message })));

  return (
    <div className="detail__actions" role="group" aria-label={t('documents.actions.label')}>
      {canOpen ? (
        <Button icon={<ExternalLink />} onClick={() => void open()} title={t('documents.actions.openTitle')}>
          {t('documents.actions.open')}
        </Button>
      ) : null}
      {canOpen ? (
        <Button icon={<FolderOpen />} onClick={() => void showInFolder()}>
          {t('documents.actions.showInFolder')}
        </Button>
      ) : null}
      {desktop ? null : (
        <a className="btn btn--secondary" href={documentFileUrl(doc.id, version.id, true)} download={version.file.split('/').pop() || undefined}>
          <span className="btn__icon" aria-hidden="true">
            <Download />
          </span>
          <span>{t('documents.actions.download')}</span>
        </a>
      )}
      <span
        className="detail__drag"
        draggable
        onDragStart={(event) => startDragOut(event, doc.id, version)}
        title={t('documents.actions.dragOutHint')}
      >
        <GripVertical aria-hidden="true" />
        {t('documents.actions.dragOut')}
      </span>
      <Button variant="quiet" className="detail__delete" icon={<Trash />} onClick={() => onDelete(doc)}>
        {t('documents.actions.delete')}
      </Button>
    </div>
  );
}
