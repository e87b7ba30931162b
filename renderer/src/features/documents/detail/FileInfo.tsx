import { useTranslation } from 'react-i18next';
import { CircleCheck, LoaderCircle, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { DocumentVersion, TextStatus } from '../../../../../shared/contract';
import { fileTypeOf } from '../file-types';
import { formatDateTime, formatSize } from '../format';
import { useLanguage } from '../../../i18n/use-language';

const STATUS_ICON: Record<TextStatus, LucideIcon> = {
  pending: LoaderCircle,
  'has-text': CircleCheck,
  'no-text-layer': TriangleAlert,
  encrypted: TriangleAlert,
  unsupported: TriangleAlert,
  failed: TriangleAlert,
};

/** Whether the words can be searched, and if not why, in plain words. */
export function TextStatusNote({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  const Icon = STATUS_ICON[version.textStatus];
  const message = {
    pending: t('documents.textStatus.pending'),
    'has-text': t('documents.textStatus.hasText'),
    'no-text-layer': t('documents.textStatus.noTextLayer'),
    encrypted: t('documents.textStatus.encrypted'),
    unsupported: t('documents.textStatus.unsupported'),
    failed: version.textReason ? t('documents.textStatus.failed', { reason: version.textReason }) : t('documents.textStatus.failedNoReason'),
  }[version.textStatus];
  return (
    <span className={`text-status text-status--${version.textStatus}`}>
      <Icon aria-hidden="true" className="text-status__icon" />
      <span>{message}</span>
    </span>
  );
}

/** Type, size, dates, original name and search status of one version. */
export function FileInfo({ version }: { version: DocumentVersion }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="file-info">
      <div>
        <dt>{t('documents.detail.type')}</dt>
        <dd>{t(`documents.types.${fileTypeOf(version)}`)}</dd>
      </div>
      <div>
        <dt>{t('documents.detail.size')}</dt>
        <dd>{formatSize(version.size, language)}</dd>
      </div>
      <div>
        <dt>{t('documents.detail.added')}</dt>
        <dd>{formatDateTime(version.addedAt, language)}</dd>
      </div>
      {version.modifiedAt && version.modifiedAt !== version.addedAt ? (
        <div>
          <dt>{t('documents.detail.changed')}</dt>
          <dd>{formatDateTime(version.modifiedAt, language)}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('documents.detail.originalName')}</dt>
        <dd className="file-info__name">{version.originalName}</dd>
      </div>
      <div className="file-info__wide">
        <dt>{t('documents.detail.searchable')}</dt>
        <dd aria-live="polite">
          <TextStatusNote version={version} />
        </dd>
      </div>
    </dl>
  );
}
