import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Link2, UserRound, X } from 'lucide-react';
import { getDb } from '../../../db/career-db';
import { linkContact, listContacts, unlinkContact } from '../../../db/contacts-table';
import type { JobRow } from '../../../db/rows';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { useLive } from '../state/use-live';
import { UNDO_MS } from '../state/use-move-job';
import { useJobWrite } from '../state/use-update-job';

/** The people linked to this job (recruiter, hiring manager, referral…), and a way to link another. */
export function ContactsSection({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const headingId = useId();
  const selectId = useId();
  const write = useJobWrite();
  const { value: contacts } = useLive(() => listContacts(getDb()), []);
  const [choice, setChoice] = useState('');
  const byId = new Map((contacts ?? []).map((c) => [c.id, c]));
  const linked = job.contactIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const available = (contacts ?? []).filter((c) => !job.contactIds.includes(c.id));

  const link = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    if (await write(() => linkContact(getDb(), job.id, choice))) setChoice('');
  };
  const unlink = async (contactId: string, name: string) => {
    if (!(await write(() => unlinkContact(getDb(), job.id, contactId)))) return;
    useToasts.getState().show({
      tone: 'info',
      message: t('jobs.contacts.unlinked', { name }),
      action: { label: t('toast.undo'), run: () => void write(() => linkContact(getDb(), job.id, contactId)) },
      timeoutMs: UNDO_MS,
    });
  };

  return (
    <section className="section job-section" aria-labelledby={headingId}>
      <div className="job-section__head">
        <h2 id={headingId} className="section__title">
          {t('jobs.contacts.title')}
        </h2>
      </div>
      {linked.length > 0 ? (
        <ul className="job-list">
          {linked.map((contact) => (
            <li key={contact.id} className="job-list__item">
              <UserRound aria-hidden="true" className="job-list__icon" />
              <span className="job-list__text">
                <Link className="job-list__name" to={`/contacts/${contact.id}`}>
                  {contact.name}
                </Link>
                <span className="job-list__meta">
                  {[t(`jobs.contacts.roles.${contact.role}`), contact.employer, contact.email, contact.phone].filter(Boolean).join(' · ')}
                </span>
              </span>
              <button type="button" className="job-list__remove" onClick={() => void unlink(contact.id, contact.name)}>
                <X aria-hidden="true" />
                <span>{t('jobs.contacts.unlink')}</span>
                <span className="visually-hidden">{contact.name}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="job-section__empty">{t('jobs.contacts.none')}</p>
      )}
      {contacts && contacts.length === 0 ? <p className="field__hint">{t('jobs.contacts.noContactsYet')}</p> : null}
      {available.length > 0 ? (
        <form className="job-link-form" onSubmit={(event) => void link(event)}>
          <div className="field">
            <label className="field__label" htmlFor={selectId}>
              {t('jobs.contacts.pick')}
            </label>
            <select id={selectId} className="field__input" value={choice} onChange={(event) => setChoice(event.target.value)}>
              <option value="">{t('jobs.contacts.choose')}</option>
              {available.map((contact) => (
                <option key={contact.id} value={contact.id}>
                  {contact.employer ? t('jobs.contacts.option', { name: contact.name, employer: contact.employer }) : contact.name}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" icon={<Link2 />} disabled={!choice}>
            {t('jobs.contacts.link')}
          </Button>
        </form>
      ) : null}
    </section>
  );
}

