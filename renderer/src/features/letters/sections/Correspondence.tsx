import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, FilePen, Inbox, PencilLine, Send } from 'lucide-react';
import { letterText } from '../../../../../shared/domain/letters';
import type { LetterRecord, Message } from '../../../../../shared/domain/messages';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../../contacts/shared/calendar';
import { messageTitle } from '../../messages/MessageItem';
import { useAdviceLanguage } from '../data/letter-language';
import { letterTitle } from '../list/letter-title';
import { ButtonLink } from '../../../ui/ButtonLink';
import './correspondence.css';

/** How many messages the section shows before "See all messages". */
const MESSAGES_SHOWN = 3;

export interface CorrespondenceProps {
  letters: LetterRecord[] | undefined;
  messages: Message[] | undefined;
  emptyText: string;
  /** The address of a new letter about this job or to this person, and its words. */
  write: { to: string; label: string };
  /** Letter types that suit the job's stage, as links that start them (job page only). */
  suggestions?: ReactNode;
  /** Inside another titled area (a contact's details): a plain part with an h3, not a card with an h2. */
  nested?: boolean;
}

/** A job's or a person's letters (drafts and sent) and latest messages, with the way to write one. */
export function Correspondence({ letters, messages, emptyText, write, suggestions, nested = false }: CorrespondenceProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = letterText(useAdviceLanguage());
  const headingId = useId();
  // Messages that record a sent letter are shown with the letter, not twice.
  const notes = (messages ?? []).filter((m) => !m.letterId || !(letters ?? []).some((l) => l.id === m.letterId));
  const loaded = letters !== undefined && messages !== undefined;
  const Heading = nested ? 'h3' : 'h2';
  const Subheading = nested ? 'h4' : 'h3';
  return (
    <section className={nested ? 'split-detail__section corr' : 'section corr'} aria-labelledby={headingId}>
      <div className="corr__head">
        <Heading id={headingId} className={nested ? 'corr__title' : 'section__title corr__title'}>
          {t('letters.forJob.title')}
        </Heading>
        <ButtonLink to={write.to} icon={<FilePen />}>
          {write.label}
        </ButtonLink>
      </div>
      {suggestions}
      {loaded && letters.length === 0 && notes.length === 0 ? <p className="corr__empty">{emptyText}</p> : null}
      {letters?.length ? (
        <ul className="corr__list">
          {letters.map((letter) => (
            <li key={letter.id} className="corr__item">
              {letter.sent ? <CheckCircle2 aria-hidden="true" className="corr__icon corr__icon--sent" /> : <PencilLine aria-hidden="true" className="corr__icon" />}
              <span className="corr__text">
                <Link to={`/letters/${letter.id}`}>{letterTitle(letter, text.guides[letter.type].title)}</Link>
                <span className="corr__meta">
                  {letter.sent ? t('letters.forJob.sentOn', { date: formatDay(letter.sent.at, language) }) : t('letters.forJob.draft')}
                </span>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length ? (
        <>
          <Subheading className="corr__subtitle">{t('letters.forJob.messages')}</Subheading>
          <ul className="corr__list">
            {notes.slice(0, MESSAGES_SHOWN).map((message) => (
              <li key={message.id} className="corr__item">
                {message.direction === 'sent' ? <Send aria-hidden="true" className="corr__icon" /> : <Inbox aria-hidden="true" className="corr__icon" />}
                <span className="corr__text">
                  <span className="corr__name">{messageTitle(message, t('messages.item.noSubject'))}</span>
                  <span className="corr__meta">
                    {t(`messages.how.${message.direction}.${message.channel}`)} · {formatDay(message.at, language)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <Link className="corr__all" to="/messages">
            {t('letters.forJob.allMessages')}
          </Link>
        </>
      ) : null}
    </section>
  );
}
