import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Pencil } from 'lucide-react';
import type { LibraryDocument } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { KIND_ICON, KIND_KEY } from '../areas';
import { useUpdateDocument } from '../use-update-document';

/** The document's title as the pane's heading, with Rename turning it into a field (Enter saves, Esc cancels). */
export function TitleEditor({ doc, headingId }: { doc: LibraryDocument; headingId: string }) {
  const { t } = useTranslation();
  const update = useUpdateDocument();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const Icon = KIND_ICON[doc.kind];

  const close = () => {
    setDraft(null);
    setError(null);
    // Back to the button that opened the field, so keyboard users keep their place.
    requestAnimationFrame(() => renameButton.current?.querySelector('button')?.focus());
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const title = (draft ?? '').trim();
    if (!title) return setError(t('documents.detail.titleRequired'));
    if (title.length > 300) return setError(t('documents.detail.titleTooLong'));
    close();
    if (title !== doc.title) await update(doc, { title });
  };

  if (draft !== null) {
    return (
      <form className="detail__title-form" onSubmit={(event) => void save(event)} noValidate>
        {/* The pane is still named by its heading while the title is being edited. */}
        <h2 id={headingId} className="visually-hidden">
          {doc.title}
        </h2>
        <TextField
          label={t('documents.detail.titleLabel')}
          value={draft}
          error={error ?? undefined}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              close();
            }
          }}
          autoFocus
          autoComplete="off"
        />
        <div className="detail__title-buttons">
          <Button type="submit" variant="primary">
            {t('documents.detail.save')}
          </Button>
          <Button onClick={close}>{t('documents.detail.cancel')}</Button>
        </div>
      </form>
    );
  }
  return (
    <div className="detail__title-row">
      <h2 id={headingId} className="detail__title" tabIndex={-1}>
        {doc.title}
      </h2>
      <span className={`detail__kind doc-kind--${doc.kind}`}>
        <Icon aria-hidden="true" />
        {t(`documents.kinds.${KIND_KEY[doc.kind]}`)}
      </span>
      <span ref={renameButton} className="detail__rename">
        <Button variant="quiet" icon={<Pencil />} onClick={() => setDraft(doc.title)}>
          {t('documents.detail.rename')}
        </Button>
      </span>
    </div>
  );
}
