import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ArrowLeft, Contact, UserPlus, UserSearch } from 'lucide-react';
import type { ContactRow } from '../../db';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useAddShortcut } from '../documents/use-add-shortcut';
import { useNarrow } from '../documents/use-narrow';
import { ContactDetail } from './ContactDetail';
import { ContactDialog, type ContactEditor } from './ContactDialog';
import { ContactList } from './ContactList';
import { useContacts, useContactSearch } from './use-contacts';
import { useDeleteContact } from './use-delete-contact';
import './shared/split.css';
import './contacts.css';

/** Where the list puts focus when it shows again (after Back or a delete). */
interface ListFocusState {
  focusId?: string;
}

/**
 * Contacts: the people on the left, the chosen one on the right (their details and jobs).
 * Narrow windows show one at a time, with a Back button on the details.
 */
export function ContactsPage() {
  const { t } = useTranslation();
  const { contactId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const narrow = useNarrow();
  const contacts = useContacts();
  const [query, setQuery] = useState('');
  const shown = useContactSearch(contacts.value, query);
  const [editor, setEditor] = useState<ContactEditor>({ open: false, contact: null, session: 0 });
  const page = useRef<HTMLDivElement>(null);
  const focusDetail = useRef(false);
  const selected = contactId ? contacts.value?.find((c) => c.id === contactId) : undefined;

  const openEditor = useCallback((contact: ContactRow | null) => setEditor((e) => ({ open: true, contact, session: e.session + 1 })), []);
  useAddShortcut(() => openEditor(null));

  // Narrow windows: a click replaces the list, so focus goes to the person's name. A person just
  // added may reach the list a little after the address changes: wait until their page is drawn.
  const shownId = selected?.id;
  useEffect(() => {
    if (!focusDetail.current || !contactId || shownId !== contactId) return;
    focusDetail.current = false;
    requestAnimationFrame(() => page.current?.querySelector<HTMLElement>('.split-detail__title')?.focus());
  }, [contactId, shownId]);

  const backToList = useCallback((focusId?: string) => void navigate('/contacts', { state: { focusId } satisfies ListFocusState }), [navigate]);
  const remove = useDeleteContact(
    useCallback(
      (contact: ContactRow) => {
        const at = shown.findIndex((c) => c.id === contact.id);
        const next = at >= 0 ? (shown[at + 1] ?? shown[at - 1])?.id : undefined;
        if (narrow || !next) backToList(next);
        else void navigate(`/contacts/${next}`, { replace: true, state: { focusId: next } satisfies ListFocusState });
      },
      [shown, narrow, backToList, navigate],
    ),
  );

  const add = (
    <Button variant="primary" icon={<UserPlus />} onClick={() => openEditor(null)}>
      {t('contacts.add')}
    </Button>
  );
  const dialog = (
    <ContactDialog
      editor={editor}
      onClose={() => setEditor((e) => ({ ...e, open: false }))}
      onSaved={(contact, added) => {
        setEditor((e) => ({ ...e, open: false }));
        if (added) {
          focusDetail.current = true;
          void navigate(`/contacts/${contact.id}`);
        }
      }}
    />
  );

  let body;
  if (contacts.error && !contacts.loaded) {
    body = (
      <div className="split-problem" role="alert">
        <p>{t('contacts.loadFailed', { reason: contacts.error })}</p>
        <Button onClick={contacts.retry}>{t('contacts.tryAgain')}</Button>
      </div>
    );
  } else if (!contacts.loaded) {
    body = <p role="status">{t('contacts.loading')}</p>;
  } else if ((contacts.value ?? []).length === 0 && !contactId) {
    body = (
      <EmptyState icon={<Contact />} title={t('contacts.empty.title')} action={add}>
        <p>{t('contacts.empty.body')}</p>
      </EmptyState>
    );
  } else {
    const back = narrow ? (
      <Button variant="quiet" className="split-detail__back" icon={<ArrowLeft />} onClick={() => backToList(contactId)}>
        {t('contacts.detail.back')}
      </Button>
    ) : null;
    body = (
      <div className="split-panes">
        {!narrow || !contactId ? (
          <ContactList
            contacts={shown}
            query={query}
            onQuery={setQuery}
            focusId={(location.state as ListFocusState | null)?.focusId ?? null}
            onPick={() => (focusDetail.current = narrow)}
          />
        ) : null}
        {!narrow || contactId ? (
          selected ? (
            <ContactDetail key={selected.id} contact={selected} back={back} onEdit={openEditor} onDelete={(c) => void remove(c)} />
          ) : (
            <section className={`split-detail${contactId ? '' : ' split-detail--empty'}`} aria-label={t('contacts.detail.label')}>
              {back}
              {contactId ? (
                <>
                  <h2>{t('contacts.detail.notFoundTitle')}</h2>
                  <p>{t('contacts.detail.notFoundBody')}</p>
                </>
              ) : (
                <>
                  <UserSearch aria-hidden="true" className="split-detail__empty-icon" />
                  <p>{t('contacts.detail.noSelection')}</p>
                </>
              )}
            </section>
          )
        ) : null}
      </div>
    );
  }

  const narrowClass = narrow ? ` split-page--narrow${contactId ? ' split-page--detail' : ''}` : '';
  return (
    <div className={`page split-page${narrowClass}`} ref={page}>
      <PageHeader title={t('contacts.title')} intro={t('contacts.intro')} action={add} />
      {body}
      {dialog}
    </div>
  );
}
