import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Check } from 'lucide-react';
import type { LibraryDocument } from '../../../../../shared/contract';
import { useUpdateDocument } from '../use-update-document';

/** Notes that save when the user leaves the box, with a "Saved" that screen readers hear too. */
export function NotesField({ doc }: { doc: LibraryDocument }) {
  const { t } = useTranslation();
  const update = useUpdateDocument();
  const id = useId();
  const [draft, setDraft] = useState(doc.notes);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  // Notes changed elsewhere (another window) show up, unless the user is typing here.
  const [shown, setShown] = useState(doc.notes);
  if (shown !== doc.notes && !editing) {
    setShown(doc.notes);
    setDraft(doc.notes);
  }
  const save = async () => {
    setEditing(false);
    if (draft === doc.notes) return;
    setShown(draft);
    const result = await update(doc, { notes: draft });
    setSaved(result !== null);
  };
  return (
    <div className="field detail-notes">
      <div className="detail-notes__label-row">
        <label className="field__label" htmlFor={id}>
          {t('documents.detail.notes')}
        </label>
        <span className="detail-notes__saved" role="status">
          {saved ? (
            <>
              <Check aria-hidden="true" />
              {t('documents.detail.saved')}
            </>
          ) : null}
        </span>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        {t('documents.detail.notesHint')}
      </p>
      <textarea
        id={id}
        className="field__input detail-notes__input"
        aria-describedby={`${id}-hint`}
        value={draft}
        maxLength={20_000}
        rows={4}
        onFocus={() => {
          setEditing(true);
          setSaved(false);
        }}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void save()}
      />
    </div>
  );
}
