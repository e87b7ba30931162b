import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { threadMessages, type Message, type MessageThread, type ThreadBy } from '../../../../shared/domain/messages';
import type { MessageCenterData } from './use-message-center';
import { MessageItem } from './MessageItem';

export interface MessageThreadsProps {
  data: MessageCenterData;
  by: ThreadBy;
  onEdit(message: Message): void;
  onDelete(message: Message, subject: string): void;
}

/** The log as threads: one per job or per person, the most recent conversation first. */
export function MessageThreads({ data, by, onEdit, onDelete }: MessageThreadsProps) {
  const threads = threadMessages(data.messages, by);
  return (
    <div className="message-threads">
      {threads.map((thread) => (
        <Thread key={thread.key ?? 'none'} thread={thread} data={data} by={by} onEdit={onEdit} onDelete={onDelete} />
      ))}
    </div>
  );
}

function Thread({ thread, data, by, onEdit, onDelete }: { thread: MessageThread } & MessageThreadsProps) {
  const { t } = useTranslation();
  const headingId = `thread-${by}-${thread.key ?? 'none'}`;
  const job = by === 'job' && thread.key ? data.jobs.get(thread.key) : undefined;
  const contact = by === 'contact' && thread.key ? data.contacts.get(thread.key) : undefined;
  let title: string;
  let subtitle = '';
  let link: { to: string; label: string; named: string } | null = null;
  if (thread.key === null) title = t(by === 'job' ? 'messages.thread.noJob' : 'messages.thread.noContact');
  else if (job) {
    title = job.title;
    subtitle = job.employer;
    link = { to: `/jobs/${job.id}`, label: t('messages.thread.openJob'), named: t('messages.thread.openJobNamed', { title: job.title }) };
  } else if (contact) {
    title = contact.name;
    subtitle = contact.employer;
    link = { to: `/contacts/${contact.id}`, label: t('messages.thread.openContact'), named: t('messages.thread.openContactNamed', { name: contact.name }) };
  } else title = t(by === 'job' ? 'messages.thread.jobGone' : 'messages.thread.contactGone');

  // Each message says what its thread's heading doesn't: the person in a job's thread, the job in a person's.
  const contextOf = (message: Message): string | null => {
    if (by === 'job') {
      const person = message.contactId ? data.contacts.get(message.contactId) : undefined;
      return person ? t('messages.item.withPerson', { name: person.name }) : null;
    }
    const about = message.jobId ? data.jobs.get(message.jobId) : undefined;
    return about ? t('messages.item.aboutJob', { title: about.title }) : null;
  };

  return (
    <section className="message-thread" aria-labelledby={headingId}>
      <header className="message-thread__head">
        <div>
          <h2 id={headingId} className="message-thread__title">
            {title}
          </h2>
          <p className="message-thread__subtitle">
            {[subtitle, t('messages.count', { count: thread.messages.length })].filter(Boolean).join(' · ')}
          </p>
        </div>
        {link ? (
          <Link className="message-thread__link" to={link.to}>
            <span aria-hidden="true">{link.label}</span>
            <span className="visually-hidden">{link.named}</span>
          </Link>
        ) : null}
      </header>
      <ol className="message-thread__list">
        {thread.messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            context={contextOf(message)}
            letterExists={message.letterId !== null && data.letterIds.has(message.letterId)}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ))}
      </ol>
    </section>
  );
}
