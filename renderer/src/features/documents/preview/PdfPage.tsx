import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';

/** One page drawn on a canvas at the given CSS width, sharp on high-density screens. */
export function PdfPage({ pdf, number, total, width }: { pdf: PDFDocumentProxy; number: number; total: number; width: number }) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let task: RenderTask | null = null;
    let cancelled = false;
    pdf
      .getPage(number)
      .then((page) => {
        const node = canvas.current;
        const context = node?.getContext('2d');
        if (cancelled || !node || !context) return;
        const ratio = window.devicePixelRatio || 1;
        const scale = width / page.getViewport({ scale: 1 }).width;
        const viewport = page.getViewport({ scale: scale * ratio });
        node.width = Math.floor(viewport.width);
        node.height = Math.floor(viewport.height);
        node.style.width = `${Math.floor(viewport.width / ratio)}px`;
        node.style.height = `${Math.floor(viewport.height / ratio)}px`;
        task = page.render({ canvasContext: context, viewport });
        return task.promise;
      })
      .catch((err: Error) => {
        // A newer drawing (zoom, resize) cancelled this one: not a failure.
        if (cancelled || err?.name === 'RenderingCancelledException') return;
        console.warn(`Preview: page ${number} could not be drawn.`, err);
        setFailed(true);
      });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [pdf, number, width]);
  const label = t('documents.preview.pageLabel', { page: number, total });
  return (
    <figure className="pdf-page">
      <canvas ref={canvas} className={`pdf-page__canvas${failed ? ' pdf-page__canvas--failed' : ''}`} role="img" aria-label={label} />
      <figcaption className="pdf-page__caption">{label}</figcaption>
    </figure>
  );
}
