import DOMPurify from 'dompurify';

/** Our own DOMPurify instance, so these hooks never affect anyone else's use of it. */
const purify = DOMPurify(window);

// Pictures only from inside the document (mammoth makes data: URLs); nothing may load from a network.
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'IMG') {
    const src = node.getAttribute('src') ?? '';
    if (!/^data:image\/(png|jpe?g|gif|webp|bmp);base64,/i.test(src)) node.removeAttribute('src');
    node.setAttribute('alt', node.getAttribute('alt') ?? '');
  }
  if (node.nodeName === 'A') {
    // Links inside a preview would take the whole window away; only in-document anchors (footnotes) stay.
    const href = node.getAttribute('href') ?? '';
    if (!href.startsWith('#')) node.removeAttribute('href');
    node.removeAttribute('target');
  }
});

/** Makes a Word file's HTML (from mammoth) safe to put in the page: no scripts, styles, forms, frames or outside URLs. */
export function sanitizeDocumentHtml(html: string): string {
  return purify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'script', 'iframe', 'frame', 'object', 'embed', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math'],
    FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'background', 'poster'],
    ALLOW_DATA_ATTR: false,
  });
}
