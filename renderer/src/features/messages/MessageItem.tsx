import { useTranslation } from 'react-i18next';
import { FileText, Inbox, Mail, Pencil, Phone, Send, Trash2, Users, type LucideIcon } from 'lucide-react';
import type { Message, MessageChannel } from '../../../../shared/domain/messages';
import { useLanguage } from '../../i18n/use-language';
import { Button } from '../../ui/Button';
import { ButtonLink } from '../../ui/ButtonLink';
import { formatDay } from '../contacts/shared/calendar';

const CHANNEL_ICONS: Record<MessageChannel, LucideIcon> = { email: Mail, letter: FileText, phone: Phone, 'in-person': Users };

export interface MessageItemProps {
  message: Message;
  /** What the thread's heading doesn't say: "With Ana Peña" in a job's thread, "About Line cook" in a person's. */
  context: string | null;
  /** The letter still exists, so the message links to it. */
  letterExists: boolean;
  onEdit(message: Message): void;
  onDelete(message: Message, subject: string): void;
}

/** The subject a message is known by in lists and toasts. */
export function messageTitle(message: Message, fallback: string): string {
  return message.subject.trim() || message.summary.trim().split('\n')[0].slice(0, 80) || fallback;
}

/** One entry of the log: sent or received (an icon and words, never colour alone), how, when, what. */
export function MessageItem({ message, context, letterExists, onEdit, onDelete }: MessageItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const subject = messageTitle(message, t('messages.item.noSubject'));
  const DirectionIcon = message.direction === 'sent' ? Send : Inbox;
  const ChannelIcon = CHANNEL_ICONS[message.channel];
  return (
    <li className={`message-item message-item--${message.direction}`}>
      <div className="message-item__meta">
        <DirectionIcon aria-hidden="true" className="message-item__icon" />
        <ChannelIcon aria-hidden="true" className="message-item__icon" />
        <span>
          {t(`messages.how.${message.direction}.${message.channel}`)}
          {' · '}
          <time dateTime={message.at}>{formatDay(message.at, language)}</time>
          {context ? ` · ${context}` : null}
        </span>
      </div>
      <p className="message-item__subject">{subject}</p>
      {message.summary.trim() && message.summary.trim() !== subject ? <p className="message-item__summary">{message.summary}</p> : null}
      <div className="message-item__actions">
        {message.letterId && letterExists ? (
          <ButtonLink variant="quiet" to={`/letters/${message.letterId}`} icon={<FileText />}>
            <span aria-hidden="true">{t('messages.item.openLetter')}</span>
            <span className="visually-hidden">{t('messages.item.openLetterNamed', { subject })}</span>
          </ButtonLink>
        ) : null}
        <Button variant="quiet" icon={<Pencil />} onClick={() => onEdit(message)}>
          <span aria-hidden="true">{t('messages.item.edit')}</span>
          <span className="visually-hidden">{t('messages.item.editNamed', { subject })}</span>
        </Button>
        <Button variant="quiet" className="message-item__delete" icon={<Trash2 />} onClick={() => onDelete(message, subject)}>
          <span aria-hidden="true">{t('messages.item.delete')}</span>
          <span className="visually-hidden">{t('messages.item.deleteNamed', { subject })}</span>
        </Button>
      </div>
    </li>
  );
}
