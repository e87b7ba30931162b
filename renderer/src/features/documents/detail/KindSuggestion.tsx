import { useTranslation } from 'react-i18next';
import { Lightbulb } from 'lucide-react';
import type { DocumentKind, LibraryDocument } from '../../../../../shared/contract';
import { useClient } from '../../../api/context';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { AREA_KEY, KIND_AREA, KIND_KEY } from '../areas';
import { useDocuments } from '../store';

/**
 * "This looks like a cover letter. Move it to Cover letters?" — shown when the words inside
 * a document suggest another kind. The user decides; nothing moves by itself.
 */
export function KindSuggestion({ doc, onMove }: { doc: LibraryDocument; onMove(kind: DocumentKind): void }) {
  const { t } = useTranslation();
  const client = useClient();
  const suggested = doc.suggestedKind;
  if (!suggested || suggested === doc.kind) return null;
  const kindName = t(`documents.kinds.${KIND_KEY[suggested]}`).toLocaleLowerCase();
  const area = t(`documents.areas.${AREA_KEY[KIND_AREA[suggested]]}.title`);
  const keep = () =>
    client
      .send('documents-update', { id: doc.id, dismissSuggestion: true })
      .then((saved) => useDocuments.getState().upsert([saved]))
      .catch((err: Error) => useToasts.getState().show({ tone: 'error', message: t('documents.detail.saveFailed', { reason: err.message }) }));
  return (
    <div className="detail__suggestion" role="note">
      <Lightbulb className="detail__suggestion-icon" aria-hidden="true" />
      <p>{t('documents.detail.suggestion', { kind: kindName })}</p>
      <div className="detail__suggestion-actions">
        <Button variant="primary" onClick={() => onMove(suggested)}>
          {t('documents.detail.moveTo', { area })}
        </Button>
        <Button variant="quiet" onClick={() => void keep()}>
          {t('documents.detail.keepHere')}
        </Button>
      </div>
    </div>
  );
}
