import type { ReactNode } from 'react';
import { Info, LoaderCircle, TriangleAlert } from 'lucide-react';

/** A calm sentence in the preview box: loading, nothing to show, or what went wrong and what to do. */
export function PreviewMessage({ tone, children }: { tone: 'loading' | 'info' | 'problem'; children: ReactNode }) {
  const Icon = tone === 'loading' ? LoaderCircle : tone === 'problem' ? TriangleAlert : Info;
  return (
    <div className={`preview-message preview-message--${tone}`} role={tone === 'loading' ? 'status' : undefined}>
      <Icon aria-hidden="true" className="preview-message__icon" />
      <p>{children}</p>
    </div>
  );
}
