import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanText } from 'lucide-react';
import { Button } from '../../../../ui/Button';
import { useAddJob } from '../form/store';
import { FoundList } from './FoundList';
import { readPastedText } from './read-paste';

export const PASTE_ID = 'add-job-paste';

/** A big box for a posting's text, and "Read the text" to fill the form from it. */
export function PastePanel({ onSkip }: { onSkip(): void }) {
  const { t } = useTranslation();
  const pasted = useAddJob((s) => s.pasted);
  const found = useAddJob((s) => s.found);
  const set = useAddJob((s) => s.set);
  const [empty, setEmpty] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const read = (event: FormEvent) => {
    event.preventDefault();
    if (pasted.trim() === '') {
      setEmpty(true);
      document.getElementById(PASTE_ID)?.focus();
      return;
    }
    setEmpty(false);
    readPastedText(pasted);
    // The results appear below; the keyboard and screen reader go to them.
    requestAnimationFrame(() => heading.current?.focus());
  };
  const describedBy = [`${PASTE_ID}-hint`, empty ? `${PASTE_ID}-error` : null].filter(Boolean).join(' ');
  return (
    <>
      <form className="add-job__source" onSubmit={read} noValidate>
        <div className={`field${empty ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={PASTE_ID}>
            {t('jobsAdding.paste.label')}
          </label>
          <p className="field__hint" id={`${PASTE_ID}-hint`}>
            {t('jobsAdding.paste.hint')}
          </p>
          {empty ? (
            <p className="field__error" id={`${PASTE_ID}-error`}>
              {t('jobsAdding.paste.empty')}
            </p>
          ) : null}
          <textarea
            id={PASTE_ID}
            className="field__input add-job__paste"
            rows={12}
            value={pasted}
            aria-describedby={describedBy}
            aria-invalid={empty || undefined}
            onChange={(e) => set({ pasted: e.target.value })}
          />
        </div>
        <div className="add-job__source-actions">
          <Button type="submit" variant="primary" icon={<ScanText />}>
            {t('jobsAdding.paste.read')}
          </Button>
          {found ? null : (
            <Button variant="quiet" onClick={onSkip}>
              {t('jobsAdding.paste.skip')}
            </Button>
          )}
        </div>
      </form>
      {found ? <FoundList ref={heading} found={found} /> : null}
    </>
  );
}
