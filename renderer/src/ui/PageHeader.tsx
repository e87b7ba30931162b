import { useEffect, useRef, type ReactNode } from 'react';
import './page.css';

export interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  /** The page's one primary action, shown at the top right. */
  action?: ReactNode;
}

// The first page after start-up keeps the browser's natural focus; later pages move it.
let firstPageShown = false;

/**
 * The page title (the only h1). When the user moves to another page it takes focus,
 * so screen-reader and keyboard users land at the top of the new page, as after a full load.
 */
export function PageHeader({ title, intro, action }: PageHeaderProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: true });
    firstPageShown = true;
  }, []);
  useEffect(() => {
    document.title = `${title} — Career Organizer`;
  }, [title]);
  return (
    <header className="page-header">
      <div className="page-header__text">
        <h1 ref={heading} tabIndex={-1} className="page-header__title">
          {title}
        </h1>
        {intro ? <p className="page-header__intro">{intro}</p> : null}
      </div>
      {action ? <div className="page-header__action">{action}</div> : null}
    </header>
  );
}

/** A titled group of content on a page. */
export function Section({ title, children, id }: { title: ReactNode; children: ReactNode; id?: string }) {
  const headingId = id ? `${id}-heading` : undefined;
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}
