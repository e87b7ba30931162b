import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Briefcase, MessageSquarePlus, MessagesSquare, UserRound } from 'lucide-react';
import type { Message, ThreadBy } from '../../../../shared/domain/messages';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { useAddShortcut } from '../documents/use-add-shortcut';
import { MessageDialog, type MessageEditor } from './MessageDialog';
import { MessageThreads } from './MessageThreads';
import { useDeleteMessage } from './use-delete-message';
import { useMessageCenter } from './use-message-center';
import './messages.css';

/** #/messages: the correspondence log, threaded by job or by person, with notes added by hand. */
export function MessagesPage() {
  const { t } = useTranslation();
  const center = useMessageCenter();
  const [params, setParams] = useSearchParams();
  const by: ThreadBy = params.get('by') === 'contact' ? 'contact' : 'job';
  const [editor, setEditor] = useState<MessageEditor>({ open: false, message: null, session: 0 });
  const openEditor = useCallback((message: Message | null) => setEditor((e) => ({ open: true, message, session: e.session + 1 })), []);
  const close = () => setEditor((e) => ({ ...e, open: false }));
  useAddShortcut(() => openEditor(null));
  const remove = useDeleteMessage();

  const add = (
    <Button variant="primary" icon={<MessageSquarePlus />} onClick={() => openEditor(null)}>
      {t('messages.add')}
    </Button>
  );

  let body;
  if (center.error && !center.loaded) {
    body = (
      <div className="messages-problem" role="alert">
        <p>{t('messages.loadFailed', { reason: center.error })}</p>
        <Button onClick={center.retry}>{t('messages.tryAgain')}</Button>
      </div>
    );
  } else if (!center.value) {
    body = <p role="status">{t('messages.loading')}</p>;
  } else if (center.value.messages.length === 0) {
    body = (
      <EmptyState icon={<MessagesSquare />} title={t('messages.empty.title')} action={add}>
        <p>{t('messages.empty.body')}</p>
        <p>
          <Link to="/letters/new">{t('messages.empty.writeLetter')}</Link>
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <div className="messages-toolbar">
          <div className="segmented" role="group" aria-labelledby="messages-group-by">
            <span id="messages-group-by" className="segmented__label">
              {t('messages.groupBy')}
            </span>
            {(['job', 'contact'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="segmented__option"
                aria-pressed={by === option}
                onClick={() => setParams(option === 'job' ? {} : { by: option }, { replace: true })}
              >
                {option === 'job' ? <Briefcase aria-hidden="true" /> : <UserRound aria-hidden="true" />}
                <span>{t(option === 'job' ? 'messages.byJob' : 'messages.byContact')}</span>
              </button>
            ))}
          </div>
          <p className="messages-toolbar__count" role="status">
            {t('messages.count', { count: center.value.messages.length })}
          </p>
        </div>
        <MessageThreads data={center.value} by={by} onEdit={openEditor} onDelete={(message, subject) => void remove(message, subject)} />
      </>
    );
  }

  return (
    <div className="page messages-page">
      <PageHeader title={t('messages.title')} intro={t('messages.intro')} action={add} />
      {body}
      <MessageDialog editor={editor} onClose={close} onSaved={close} />
    </div>
  );
}
