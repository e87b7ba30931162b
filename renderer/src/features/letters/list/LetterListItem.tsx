import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, Copy, PencilLine, Trash2 } from 'lucide-react';
import type { LetterTextTable } from '../../../../../shared/domain/letters/text-types';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import type { JobRow } from '../../../db';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { formatDay, formatInstant } from '../../contacts/shared/calendar';
import { letterTitle } from './letter-title';

export interface LetterListItemProps {
  letter: LetterRecord;
  job: JobRow | undefined;
  text: LetterTextTable;
  onDuplicate(letter: LetterRecord, title: string): void;
  onDelete(letter: LetterRecord, title: string): void;
}

/** One letter: its title (a link to open it), type and job, draft or sent (an icon and words), and its actions. */
export function LetterListItem({ letter, job, text, onDuplicate, onDelete }: LetterListItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = letterTitle(letter, text.guides[letter.type].title);
  const about = [text.guides[letter.type].title, job ? [job.title, job.employer].filter(Boolean).join(' · ') : ''].filter(Boolean).join(' — ');
  const sent = letter.status === 'sent' && letter.sent;
  return (
    <li className={`letter-item letter-item--${letter.status}`}>
      <div className="letter-item__text">
        <Link className="letter-item__title" to={`/letters/${letter.id}`}>
          {title}
        </Link>
        <span className="letter-item__about">{about}</span>
        <span className="letter-item__status">
          {sent ? <CheckCircle2 aria-hidden="true" /> : <PencilLine aria-hidden="true" />}
          {sent
            ? `${t('letters.list.sentOn', { date: formatDay(sent.at, language) })} · ${t(`messages.channels.${sent.channel}`)}`
            : t('letters.list.draft', { date: formatInstant(letter.updatedAt, language) })}
        </span>
      </div>
      <div className="letter-item__actions">
        <Button variant="quiet" icon={<Copy />} onClick={() => onDuplicate(letter, title)}>
          <span aria-hidden="true">{t('letters.list.duplicate')}</span>
          <span className="visually-hidden">{t('letters.list.duplicateNamed', { title })}</span>
        </Button>
        <Button variant="quiet" className="letter-item__delete" icon={<Trash2 />} onClick={() => onDelete(letter, title)}>
          <span aria-hidden="true">{t('letters.list.delete')}</span>
          <span className="visually-hidden">{t('letters.list.deleteNamed', { title })}</span>
        </Button>
      </div>
    </li>
  );
}
