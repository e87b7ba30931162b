import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { FilePen, FilePlus2 } from 'lucide-react';
import { letterText, LETTER_TYPES } from '../../../../../shared/domain/letters';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../contacts/shared/fields';
import { useAddShortcut } from '../../documents/use-add-shortcut';
import { useAdviceLanguage } from '../data/letter-language';
import { useLetters } from '../data/use-letters';
import { LetterListItem } from './LetterListItem';
import { MyDetailsLine } from './MyDetailsLine';
import { useLetterActions } from './use-letter-actions';
import '../../messages/messages.css';
import '../letters.css';

const STATUS_FILTERS = ['all', 'draft', 'sent'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

/** #/letters: drafts and sent letters, filtered by status and type, and the way to a new one. */
export function LettersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const text = letterText(useAdviceLanguage());
  const letters = useLetters();
  const [params, setParams] = useSearchParams();
  const status: StatusFilter = (STATUS_FILTERS as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as StatusFilter) : 'all';
  const type = params.get('type') ?? '';
  const setFilter = (key: 'status' | 'type', value: string) => {
    const next = new URLSearchParams(params);
    if (value && value !== 'all') next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const startNew = () => void navigate('/letters/new');
  useAddShortcut(startNew);
  const { duplicate, remove } = useLetterActions();
  const shown = useMemo(
    () => (letters.value?.letters ?? []).filter((l) => (status === 'all' || l.status === status) && (!type || l.type === type)),
    [letters.value, status, type],
  );

  const add = (
    <ButtonLink variant="primary" to="/letters/new" icon={<FilePlus2 />}>
      {t('letters.new')}
    </ButtonLink>
  );

  let body;
  if (letters.error && !letters.loaded) {
    body = (
      <div className="messages-problem" role="alert">
        <p>{t('letters.loadFailed', { reason: letters.error })}</p>
        <Button onClick={letters.retry}>{t('letters.tryAgain')}</Button>
      </div>
    );
  } else if (!letters.value) {
    body = <p role="status">{t('letters.loading')}</p>;
  } else if (letters.value.letters.length === 0) {
    body = (
      <EmptyState icon={<FilePen />} title={t('letters.empty.title')} action={add}>
        <p>{t('letters.empty.body')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <div className="letters-toolbar">
          <div className="segmented" role="group" aria-labelledby="letters-show">
            <span id="letters-show" className="segmented__label">
              {t('letters.list.show')}
            </span>
            {STATUS_FILTERS.map((option) => (
              <button key={option} type="button" className="segmented__option" aria-pressed={status === option} onClick={() => setFilter('status', option)}>
                {t(option === 'all' ? 'letters.list.all' : option === 'draft' ? 'letters.list.drafts' : 'letters.list.sent')}
              </button>
            ))}
          </div>
          <SelectField label={t('letters.list.type')} value={type} onChange={(event) => setFilter('type', event.target.value)} className="letters-toolbar__type">
            <option value="">{t('letters.list.allTypes')}</option>
            {LETTER_TYPES.map((def) => (
              <option key={def.id} value={def.id}>
                {text.guides[def.id].title}
              </option>
            ))}
          </SelectField>
        </div>
        <p className="letters-toolbar__count" role="status">
          {t('letters.list.count', { count: shown.length })}
        </p>
        {shown.length === 0 ? (
          <div className="letters-none">
            <p>{t('letters.list.none')}</p>
            <Button onClick={() => setParams({}, { replace: true })}>{t('letters.list.showAll')}</Button>
          </div>
        ) : (
          <ul className="letter-list" aria-label={t('letters.list.label')}>
            {shown.map((letter) => (
              <LetterListItem
                key={letter.id}
                letter={letter}
                job={letter.jobId ? letters.value?.jobs.get(letter.jobId) : undefined}
                text={text}
                onDuplicate={(l, title) => void duplicate(l, title)}
                onDelete={(l, title) => void remove(l, title)}
              />
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <div className="page letters-page">
      <PageHeader title={t('letters.title')} intro={t('letters.intro')} action={add} />
      <MyDetailsLine />
      {body}
    </div>
  );
}
