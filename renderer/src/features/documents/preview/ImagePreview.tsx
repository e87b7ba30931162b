import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PreviewMessage } from './PreviewMessage';

/** A picture straight from the file route; a broken image becomes a sentence. */
export function ImagePreview({ url, title }: { url: string; title: string }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  if (failed) return <PreviewMessage tone="problem">{t('documents.preview.failed')}</PreviewMessage>;
  return <img className="image-preview" src={url} alt={t('documents.preview.imageAlt', { title })} onError={() => setFailed(true)} />;
}
