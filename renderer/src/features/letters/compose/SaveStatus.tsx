import { useTranslation } from 'react-i18next';
import { Check, LoaderCircle, TriangleAlert } from 'lucide-react';
import type { SaveState } from './use-letter-draft';

/**
 * "Saved" beside the editor. A failure is announced (role=alert); the quiet "Saving…"/"Saved"
 * is not, since it changes after every pause in typing and would interrupt a screen reader.
 */
export function SaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state.kind === 'failed') {
    return (
      <p className="save-status save-status--failed" role="alert">
        <TriangleAlert aria-hidden="true" />
        {t('letters.editor.saveFailed', { reason: state.reason })}
      </p>
    );
  }
  if (state.kind === 'idle') return <p className="save-status" />;
  return (
    <p className="save-status">
      {state.kind === 'saving' ? <LoaderCircle aria-hidden="true" /> : <Check aria-hidden="true" />}
      {state.kind === 'saving' ? t('letters.editor.saving') : t('letters.editor.saved')}
    </p>
  );
}
