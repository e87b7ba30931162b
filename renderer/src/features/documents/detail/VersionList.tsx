import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, Copy, Eye, ExternalLink, RotateCcw } from 'lucide-react';
import type { DocumentVersion, LibraryDocument } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { useAppInfo } from '../../../stores/settings';
import { fileTypeOf } from '../file-types';
import { formatDateTime, formatSize } from '../format';
import { useLanguage } from '../../../i18n/use-language';
import { newestFirst, versionLabel } from './version-label';

export interface VersionListProps {
  doc: LibraryDocument;
  previewId: string;
  onPreview(versionId: string): void;
  onOpen(version: DocumentVersion): void;
  onMakeCurrent(version: DocumentVersion): void;
  onBaseOn(version: DocumentVersion): void;
  /** "Add a new version from a file…", a button that knows how to pick files here. */
  addFromFile: ReactNode;
}

/** Every version, newest first; the current one says so in words and with an icon, not by colour. */
export function VersionList({ doc, previewId, onPreview, onOpen, onMakeCurrent, onBaseOn, addFromFile }: VersionListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const canOpen = useAppInfo().capabilities.openPath;
  const byId = Object.fromEntries(doc.versions.map((v) => [v.id, v]));
  return (
    <>
      <p className="field__hint">{t('documents.versions.hint')}</p>
      <ol className="versions">
        {newestFirst(doc).map((version) => {
          const label = versionLabel(doc, version, t);
          const current = version.id === doc.currentVersionId;
          const labelId = `version-${version.id}`;
          const base = version.basedOn ? byId[version.basedOn] : undefined;
          return (
            <li key={version.id} className={`version${current ? ' version--current' : ''}`}>
              <div className="version__head">
                <span className="version__label" id={labelId}>
                  {label}
                </span>
                {current ? (
                  <span className="version__current">
                    <CircleCheck aria-hidden="true" />
                    {t('documents.versions.current')}
                  </span>
                ) : null}
              </div>
              <p className="version__meta">
                <span>{formatDateTime(version.addedAt, language)}</span>
                <span>{formatSize(version.size, language)}</span>
                <span>{t(`documents.types.${fileTypeOf(version)}`)}</span>
                {base ? <span>{t('documents.versions.basedOn', { label: versionLabel(doc, base, t) })}</span> : null}
              </p>
              <div className="version__actions">
                <Button
                  variant="quiet"
                  icon={<Eye />}
                  aria-pressed={previewId === version.id}
                  aria-describedby={labelId}
                  onClick={() => onPreview(version.id)}
                >
                  {previewId === version.id ? t('documents.versions.inPreview') : t('documents.versions.preview')}
                </Button>
                {canOpen ? (
                  <Button variant="quiet" icon={<ExternalLink />} aria-describedby={labelId} onClick={() => onOpen(version)}>
                    {t('documents.versions.open')}
                  </Button>
                ) : null}
                {current ? null : (
                  <Button variant="quiet" icon={<RotateCcw />} aria-describedby={labelId} onClick={() => onMakeCurrent(version)}>
                    {t('documents.versions.makeCurrent')}
                  </Button>
                )}
                <Button variant="quiet" icon={<Copy />} aria-describedby={labelId} onClick={() => onBaseOn(version)}>
                  {t('documents.versions.saveAsNew')}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="versions__add">{addFromFile}</div>
    </>
  );
}
