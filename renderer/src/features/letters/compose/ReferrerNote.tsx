import { useTranslation } from 'react-i18next';
import { ClipboardCopy, Mail, UserRound } from 'lucide-react';
import { buildMailto, letterPlainText } from '../../../../../shared/domain/letters';
import type { LetterBody, LetterLanguage } from '../../../../../shared/domain/letters/types';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { copyText, mailApp } from '../output/mail-app';

export interface ReferrerNoteProps {
  name: string;
  email: string;
  note: LetterBody;
  language: LetterLanguage;
}

/** The second, short note to whoever referred the user, with copy and email buttons of its own. */
export function ReferrerNote({ name, email, note, language }: ReferrerNoteProps) {
  const { t } = useTranslation();
  const text = letterPlainText(note);
  const copy = async () => {
    const done = await copyText(text);
    useToasts.getState().show(done ? { tone: 'success', message: t('letters.output.copied') } : { tone: 'error', message: t('letters.output.copyFailed') });
  };
  const send = async () => {
    const link = buildMailto({ to: email, subject: note.subject, body: text });
    if (link.kind === 'url') return mailApp.open(link.url);
    await copy();
  };
  return (
    <section className="wizard-script referrer-note" aria-labelledby="referrer-note-title">
      <h3 id="referrer-note-title" className="wizard-script__title">
        <UserRound aria-hidden="true" />
        {t('letters.wizard.referrerTitle', { name })}
      </h3>
      <p className="wizard-script__hint">{t('letters.wizard.referrerHint')}</p>
      <div className="wizard-script__text" lang={language}>
        {text.split('\n\n').map((block, i) => (
          <p key={i}>{block}</p>
        ))}
      </div>
      <div className="referrer-note__actions">
        <Button icon={<ClipboardCopy />} onClick={() => void copy()}>
          {t('letters.output.copy')}
        </Button>
        <Button icon={<Mail />} onClick={() => void send()}>
          {t('letters.output.email')}
        </Button>
      </div>
    </section>
  );
}
