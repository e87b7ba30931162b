// The tests' tsconfig compiles this file without globbing this folder, so the declaration is pulled in here.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./mammoth-browser.d.ts" />
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import mammoth from 'mammoth/mammoth.browser.js';
import { sanitizeDocumentHtml } from './sanitize';
import { useFileBytes } from './use-file-bytes';
import { PreviewMessage } from './PreviewMessage';

type Converted = { key: string; html: string | null };

/**
 * A Word document as simple HTML (mammoth), cleaned by DOMPurify before it reaches the page.
 * Loaded on demand, so mammoth is not in the main bundle.
 */
export default function DocxPreview({ url, revision, idPrefix }: { url: string; revision: string; idPrefix: string }) {
  const { t } = useTranslation();
  const file = useFileBytes(url, revision);
  const [converted, setConverted] = useState<Converted>({ key: '', html: null });
  const key = `${url}#${revision}`;
  const failed = converted.key === key && converted.html === null;

  useEffect(() => {
    if (file.status !== 'ready') return;
    let current = true;
    const buffer = file.bytes.buffer.slice(file.bytes.byteOffset, file.bytes.byteOffset + file.bytes.byteLength) as ArrayBuffer;
    // Prefixed ids keep the document's footnote anchors from clashing with the app's own ids.
    mammoth
      .convertToHtml({ arrayBuffer: buffer }, { idPrefix })
      .then((result) => current && setConverted({ key, html: sanitizeDocumentHtml(result.value) }))
      .catch((err: unknown) => {
        console.warn('Preview: mammoth could not read this file.', err);
        if (current) setConverted({ key, html: null });
      });
    return () => {
      current = false;
    };
  }, [file, key, idPrefix]);

  if (file.status === 'failed' || failed) return <PreviewMessage tone="problem">{t('documents.preview.failed')}</PreviewMessage>;
  if (file.status === 'loading' || converted.key !== key) return <PreviewMessage tone="loading">{t('documents.preview.loading')}</PreviewMessage>;
  if (!converted.html?.trim()) return <PreviewMessage tone="info">{t('documents.preview.emptyDocx')}</PreviewMessage>;
  return (
    <>
      <p className="preview-note">{t('documents.preview.docxNote')}</p>
      {/* Sanitised above: mammoth's HTML went through DOMPurify with no scripts, styles or outside URLs. */}
      <div className="docx-preview" tabIndex={0} dangerouslySetInnerHTML={{ __html: converted.html }} />
    </>
  );
}
