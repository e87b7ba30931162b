import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Mail, Pencil, Phone, Trash2 } from 'lucide-react';
import type { ContactRow } from '../../db';
import { Button } from '../../ui/Button';
import { useLanguage } from '../../i18n/use-language';
import { formatInstant } from './shared/calendar';
import { ContactJobs } from './ContactJobs';
import { ContactLetters } from '../letters/sections/ContactLetters';

export interface ContactDetailProps {
  contact: ContactRow;
  back: ReactNode;
  onEdit(contact: ContactRow): void;
  onDelete(contact: ContactRow): void;
}

/** One person: who they are, how to reach them, notes, and the jobs they are linked to. */
export function ContactDetail({ contact, back, onEdit, onDelete }: ContactDetailProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const headingId = `contact-${contact.id}`;
  const none = <span className="contact-detail__none">{t('contacts.detail.notAdded')}</span>;
  return (
    <section className="split-detail" aria-labelledby={headingId}>
      {back}
      <div className="split-detail__head">
        <h2 id={headingId} className="split-detail__title" tabIndex={-1}>
          {contact.name}
        </h2>
        <span className="role-label">{t(`contacts.roles.${contact.role}`)}</span>
      </div>
      <div className="split-detail__actions" role="group" aria-label={t('contacts.detail.actions')}>
        <Button icon={<Pencil />} onClick={() => onEdit(contact)}>
          {t('contacts.detail.edit')}
        </Button>
        <Button variant="quiet" className="split-detail__delete" icon={<Trash2 />} onClick={() => onDelete(contact)}>
          {t('contacts.detail.delete')}
        </Button>
      </div>
      <section className="split-detail__section" aria-labelledby={`${headingId}-about`}>
        <h3 id={`${headingId}-about`}>{t('contacts.detail.about')}</h3>
        <dl className="contact-facts">
          <dt>{t('contacts.detail.employer')}</dt>
          <dd>{contact.employer || none}</dd>
          <dt>{t('contacts.detail.email')}</dt>
          <dd>
            {contact.email ? (
              <a href={`mailto:${contact.email}`} className="contact-facts__link">
                <Mail aria-hidden="true" />
                {contact.email}
              </a>
            ) : (
              none
            )}
          </dd>
          <dt>{t('contacts.detail.phone')}</dt>
          <dd>
            {contact.phone ? (
              <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`} className="contact-facts__link">
                <Phone aria-hidden="true" />
                {contact.phone}
              </a>
            ) : (
              none
            )}
          </dd>
          <dt>{t('contacts.detail.notes')}</dt>
          <dd className="contact-facts__notes">{contact.notes || none}</dd>
        </dl>
        <p className="contact-detail__added">{t('contacts.detail.added', { date: formatInstant(contact.createdAt, language) })}</p>
      </section>
      <ContactJobs contact={contact} />
      <ContactLetters contact={contact} />
    </section>
  );
}
