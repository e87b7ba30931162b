import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decodeText } from './decode-text';
import { useFileBytes } from './use-file-bytes';
import { PreviewMessage } from './PreviewMessage';

const LIMIT = 1024 * 1024;

/** Plain text and Markdown as they are written, wrapped to the pane; at most the first 1 MB. */
export function TextPreview({ url, revision }: { url: string; revision: string }) {
  const { t } = useTranslation();
  const file = useFileBytes(url, revision, LIMIT);
  const text = useMemo(
    () => (file.status === 'ready' ? decodeText(file.bytes, file.truncated) : ''),
    [file],
  );
  if (file.status === 'loading') return <PreviewMessage tone="loading">{t('documents.preview.loading')}</PreviewMessage>;
  if (file.status === 'failed') return <PreviewMessage tone="problem">{t('documents.preview.failed')}</PreviewMessage>;
  if (!text.trim()) return <PreviewMessage tone="info">{t('documents.preview.empty')}</PreviewMessage>;
  return (
    <>
      {file.truncated ? <PreviewMessage tone="info">{t('documents.preview.truncated')}</PreviewMessage> : null}
      <pre className="text-preview" tabIndex={0}>
        {text}
      </pre>
    </>
  );
}
