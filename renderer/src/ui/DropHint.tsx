import type { ReactNode } from 'react';
import './drop-hint.css';

/**
 * Shown over the page while a file is dragged over it: where to let go. Hidden from screen
 * readers: the page's own text says that files can be dropped.
 */
export function DropHint({ icon, children }: { icon: ReactNode; children: ReactNode }) {
  return (
    <div className="drop-hint" aria-hidden="true">
      {icon}
      <p>{children}</p>
    </div>
  );
}
