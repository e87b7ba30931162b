import { useTranslation } from 'react-i18next';
import { CloudUpload } from 'lucide-react';
import './dropping.css';

/**
 * The full-window "drop here" sign. It is drawn for sighted users; the live region
 * beside it tells screen-reader users the same thing.
 */
export function DropOverlay({ active, message }: { active: boolean; message: string }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="visually-hidden" aria-live="assertive">
        {active ? `${message}. ${t('documents.drop.hint')}` : ''}
      </p>
      {active ? (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-overlay__card">
            <CloudUpload className="drop-overlay__icon" />
            <p className="drop-overlay__title">{message}</p>
            <p className="drop-overlay__hint">{t('documents.drop.hint')}</p>
          </div>
        </div>
      ) : null}
    </>
  );
}
