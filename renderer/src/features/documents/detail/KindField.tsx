import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowRight } from 'lucide-react';
import { DOCUMENT_KINDS, type DocumentKind, type LibraryDocument } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { FieldFrame } from '../../../ui/Field';
import { AREA_KEY, KIND_AREA, KIND_KEY } from '../areas';

/**
 * Resume, cover letter or other document. Moving takes a button press: a select that
 * moved on change would move the document at the first arrow key.
 */
export function KindField({ doc, onMove }: { doc: LibraryDocument; onMove(kind: DocumentKind): void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<DocumentKind>(doc.kind);
  const [shown, setShown] = useState(doc.kind);
  if (shown !== doc.kind) {
    setShown(doc.kind);
    setChoice(doc.kind);
  }
  return (
    <FieldFrame label={t('documents.detail.kind')} hint={t('documents.detail.kindHint')}>
      {({ inputId, describedBy }) => (
        <div className="detail-kind">
          <select
            id={inputId}
            className="field__input"
            aria-describedby={describedBy}
            value={choice}
            onChange={(event) => setChoice(event.target.value as DocumentKind)}
          >
            {DOCUMENT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`documents.kinds.${KIND_KEY[kind]}`)}
              </option>
            ))}
          </select>
          {choice !== doc.kind ? (
            <Button icon={<ArrowRight />} onClick={() => onMove(choice)}>
              {t('documents.detail.moveTo', { area: t(`documents.areas.${AREA_KEY[KIND_AREA[choice]]}.title`) })}
            </Button>
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
