import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Plus, X } from 'lucide-react';
import type { LibraryDocument } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { normaliseTag, withTag } from '../sorting';
import { useDocuments } from '../store';
import { useLanguage } from '../../../i18n/use-language';
import { useUpdateDocument } from '../use-update-document';

/** Tags as chips, each with its own Remove button; a field and Add button (or Enter) adds one. */
export function TagEditor({ doc }: { doc: LibraryDocument }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const byId = useDocuments((s) => s.byId);
  // Tags already used anywhere in the library, offered as the user types, so the same word is spelled the same way.
  const suggestions = useMemo(() => {
    const all = new Set<string>();
    for (const other of Object.values(byId)) for (const tag of other.tags) all.add(tag);
    return [...all].sort(new Intl.Collator(language, { sensitivity: 'base' }).compare);
  }, [byId, language]);
  const update = useUpdateDocument();
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const ids = { label: useId(), hint: useId(), input: useId(), list: useId() };
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const tag = normaliseTag(draft);
    if (!tag) return;
    if (doc.tags.length >= 50) return setNote(t('documents.detail.tagLimit'));
    setDraft('');
    setNote(null);
    const tags = withTag(doc.tags, tag);
    if (tags.length !== doc.tags.length) void update(doc, { tags });
  };
  const remove = (index: number) => {
    void update(doc, { tags: doc.tags.filter((_, i) => i !== index) });
    // Focus goes to the next chip's button, or the field when none is left, never to the page's top.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll('button');
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? inputRef.current)?.focus();
    });
  };

  return (
    <div className="field detail-tags">
      <span className="field__label" id={ids.label}>
        {t('documents.detail.tags')}
      </span>
      <p className="field__hint" id={ids.hint}>
        {t('documents.detail.tagsHint')}
      </p>
      {doc.tags.length > 0 ? (
        <ul className="detail-tags__chips" ref={listRef} aria-labelledby={ids.label}>
          {doc.tags.map((tag, index) => (
            <li key={tag} className="detail-tags__chip">
              <span>{tag}</span>
              <button type="button" className="detail-tags__remove" onClick={() => remove(index)} aria-label={t('documents.detail.removeTag', { tag })}>
                <X aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="detail-tags__none">{t('documents.detail.noTags')}</p>
      )}
      <form className="detail-tags__add" onSubmit={add}>
        <label htmlFor={ids.input} className="visually-hidden">
          {t('documents.detail.newTag')}
        </label>
        <input
          ref={inputRef}
          id={ids.input}
          className="field__input"
          value={draft}
          maxLength={60}
          list={ids.list}
          aria-describedby={ids.hint}
          placeholder={t('documents.detail.newTag')}
          onChange={(event) => setDraft(event.target.value)}
          autoComplete="off"
        />
        <datalist id={ids.list}>
          {suggestions
            .filter((s) => !doc.tags.includes(s))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
        <Button type="submit" icon={<Plus />}>
          {t('documents.detail.addTag')}
        </Button>
      </form>
      {note ? (
        <p className="field__error" role="alert">
          {note}
        </p>
      ) : null}
    </div>
  );
}
