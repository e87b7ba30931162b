import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { documentFileUrl, type DocumentVersion, type LibraryDocument } from '../../../../../shared/contract';
import { previewKindOf } from '../file-types';
import { ImagePreview } from './ImagePreview';
import { PreviewBoundary } from './PreviewBoundary';
import { PreviewMessage } from './PreviewMessage';
import { TextPreview } from './TextPreview';
import './preview.css';

// pdf.js and mammoth are big: they load only when a PDF or Word file is previewed.
const PdfPreview = lazy(() => import('./PdfPreview'));
const DocxPreview = lazy(() => import('./DocxPreview'));

/** The right previewer for a version's type, or a sentence saying how to see the file instead. */
export function Preview({ doc, version }: { doc: LibraryDocument; version: DocumentVersion }) {
  const { t } = useTranslation();
  const url = documentFileUrl(doc.id, version.id);
  const failed = <PreviewMessage tone="problem">{t('documents.preview.failed')}</PreviewMessage>;
  const loading = <PreviewMessage tone="loading">{t('documents.preview.loading')}</PreviewMessage>;
  const kind = previewKindOf(version);
  let body;
  if (version.size === 0) body = <PreviewMessage tone="info">{t('documents.preview.empty')}</PreviewMessage>;
  else if (kind === 'pdf') body = <PdfPreview url={url} revision={version.sha256} />;
  else if (kind === 'docx') body = <DocxPreview url={url} revision={version.sha256} idPrefix={`preview-${version.id}-`} />;
  else if (kind === 'image') body = <ImagePreview key={`${url}#${version.sha256}`} url={url} title={doc.title} />;
  else if (kind === 'text') body = <TextPreview url={url} revision={version.sha256} />;
  else
    body = (
      <PreviewMessage tone="info">{window.careerOrganizer ? t('documents.preview.none') : t('documents.preview.noneBrowser')}</PreviewMessage>
    );
  return (
    <div className="preview">
      <PreviewBoundary key={`${version.id}#${version.sha256}`} fallback={failed}>
        <Suspense fallback={loading}>{body}</Suspense>
      </PreviewBoundary>
    </div>
  );
}
