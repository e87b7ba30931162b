import { useTranslation } from 'react-i18next';
import { getDb, lettersForContact, messagesForContact, type ContactRow } from '../../../db';
import { useLive } from '../../jobs/state/use-live';
import { Correspondence } from './Correspondence';

/** On a contact's page: letters to them and messages with them, and "Write to <name>". */
export function ContactLetters({ contact }: { contact: ContactRow }) {
  const { t } = useTranslation();
  const { value: letters } = useLive(() => lettersForContact(getDb(), contact.id), [contact.id]);
  const { value: messages } = useLive(() => messagesForContact(getDb(), contact.id), [contact.id]);
  return (
    <Correspondence
      nested
      letters={letters}
      messages={messages}
      emptyText={t('letters.forContact.none', { name: contact.name })}
      write={{ to: `/letters/new?contact=${encodeURIComponent(contact.id)}`, label: t('letters.forContact.write', { name: contact.name }) }}
    />
  );
}
