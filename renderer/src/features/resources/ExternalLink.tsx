import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExternalLink as ExternalLinkIcon } from 'lucide-react';

/**
 * A link to a website. A plain <a target="_blank">: the desktop app's main process
 * hands it to the system browser, and in browser mode it opens a new tab. The icon
 * shows it leaves the app; the hidden text says so to screen-reader users.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <a className="external-link" href={href} target="_blank" rel="noopener noreferrer">
      {children}
      <ExternalLinkIcon className="external-link__icon" aria-hidden="true" focusable="false" />
      <span className="visually-hidden"> {t('resources.opensInBrowser')}</span>
    </a>
  );
}
