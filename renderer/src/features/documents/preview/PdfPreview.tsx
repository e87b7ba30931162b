import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZoomIn, ZoomOut } from 'lucide-react';
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { Button } from '../../../ui/Button';
import { useLanguage } from '../../../i18n/use-language';
import { PdfPage } from './PdfPage';
import { PreviewMessage } from './PreviewMessage';
import { useFileBytes } from './use-file-bytes';

// The worker is a file of our own build, served from 'self' like every script (the CSP allows nothing else).
GlobalWorkerOptions.workerSrc = workerUrl;

const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3];
const FIRST_PAGES = 3;
const MORE_PAGES = 5;

type Loaded = { key: string; pdf: PDFDocumentProxy | null; problem: 'encrypted' | 'failed' | null };

/**
 * A PDF drawn page by page on canvases with pdf.js: the first pages, then more on request,
 * fitted to the pane's width and zoomable. Loaded on demand, so pdf.js is not in the main bundle.
 */
export default function PdfPreview({ url, revision }: { url: string; revision: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const file = useFileBytes(url, revision);
  const key = `${url}#${revision}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', pdf: null, problem: null });
  const [shown, setShown] = useState(FIRST_PAGES);
  const [zoom, setZoom] = useState(2); // index into ZOOMS: 100 % of the pane's width
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    if (file.status !== 'ready') return;
    let current = true;
    // pdf.js moves the bytes to its worker; a copy keeps ours usable for the next render.
    const task = getDocument({ data: file.bytes.slice(), isEvalSupported: false, enableXfa: false });
    task.promise
      .then((pdf) => current && setLoaded({ key, pdf, problem: null }))
      .catch((err: Error) => {
        if (!current) return;
        console.warn('Preview: pdf.js could not open this file.', err);
        setLoaded({ key, pdf: null, problem: err?.name === 'PasswordException' ? 'encrypted' : 'failed' });
      });
    return () => {
      current = false;
      void task.destroy();
    };
  }, [file, key]);

  useEffect(() => {
    const node = box.current;
    if (!node || typeof ResizeObserver === 'undefined') return;
    // Whole steps of 16 px, so a window being resized doesn't redraw every page at every pixel.
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width / 16) * 16));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const ready = loaded.key === key ? loaded : null;
  let body;
  if (file.status === 'failed' || ready?.problem === 'failed') body = <PreviewMessage tone="problem">{t('documents.preview.failed')}</PreviewMessage>;
  else if (ready?.problem === 'encrypted') body = <PreviewMessage tone="problem">{t('documents.preview.encrypted')}</PreviewMessage>;
  else if (!ready?.pdf) body = <PreviewMessage tone="loading">{t('documents.preview.loading')}</PreviewMessage>;

  const pdf = ready?.pdf ?? null;
  const total = pdf?.numPages ?? 0;
  const count = Math.min(shown, total);
  const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(ZOOMS[zoom]);
  return (
    <div className="pdf-preview">
      {pdf ? (
        <div className="pdf-preview__tools">
          <Button variant="quiet" icon={<ZoomOut />} onClick={() => setZoom((z) => Math.max(0, z - 1))} disabled={zoom === 0}>
            {t('documents.preview.zoomOut')}
          </Button>
          <span className="pdf-preview__zoom" aria-live="polite">
            {t('documents.preview.zoom', { value: percent })}
          </span>
          <Button variant="quiet" icon={<ZoomIn />} onClick={() => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1))} disabled={zoom === ZOOMS.length - 1}>
            {t('documents.preview.zoomIn')}
          </Button>
        </div>
      ) : null}
      <div className="pdf-preview__pages" ref={box} tabIndex={pdf ? 0 : undefined} aria-label={pdf ? t('documents.preview.title') : undefined} role={pdf ? 'region' : undefined}>
        {body}
        {pdf && width > 0
          ? Array.from({ length: count }, (_, i) => (
              <PdfPage key={`${key}-${i}`} pdf={pdf} number={i + 1} total={total} width={width * ZOOMS[zoom]} />
            ))
          : null}
      </div>
      {pdf && total > 0 ? (
        <div className="pdf-preview__more">
          <p>{t('documents.preview.pagesShown', { shown: count, total })}</p>
          {count < total ? <Button onClick={() => setShown((n) => n + MORE_PAGES)}>{t('documents.preview.showMore')}</Button> : null}
        </div>
      ) : null}
    </div>
  );
}
