import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ClipboardCopy, FileDown, FileText, Mail, Printer, Send } from 'lucide-react';
import { buildMailto, letterPlainText } from '../../../../../shared/domain/letters';
import type { LetterDocument } from '../../../../../shared/domain/letters/types';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { useToasts } from '../../../stores/toasts';
import { Button } from '../../../ui/Button';
import { areaPath, KIND_AREA } from '../../documents/areas';
import { copyText, mailApp } from './mail-app';
import { useSaveFile } from './use-save-file';

export interface OutputBarProps {
  letter: LetterRecord;
  document: LetterDocument;
  /** The person's email address, for the To line of the email. */
  to: string;
  fileName: (format: 'pdf' | 'docx') => string;
  /** Before anything leaves the editor, the latest typing is written. */
  flush(): Promise<void>;
  onFiles(files: LetterRecord['files']): void;
  onMarkSent(): void;
}

/** The letter's ways out: copy, email, PDF, Word, print; and "Mark as sent" once it has gone. */
export function OutputBar({ letter, document: doc, to, fileName, flush, onFiles, onMarkSent }: OutputBarProps) {
  const { t } = useTranslation();
  const { save, busy } = useSaveFile(onFiles);
  const text = letterPlainText(doc.body);
  const kind = letter.type === 'cover-letter' ? 'cover-letter' : 'other';

  const copy = async () => {
    const done = await copyText(doc.body.subject.trim() ? `${doc.body.subject.trim()}\n\n${text}` : text);
    useToasts.getState().show(done ? { tone: 'success', message: t('letters.output.copied') } : { tone: 'error', message: t('letters.output.copyFailed') });
  };
  const email = async () => {
    const link = buildMailto({ to, subject: doc.body.subject, body: text });
    if (link.kind === 'url') {
      useToasts.getState().show({ tone: 'info', message: t('letters.output.emailOpened') });
      mailApp.open(link.url);
      return;
    }
    // Too long for a link the mail app would take whole: the body goes on the clipboard instead.
    const done = await copyText(text);
    useToasts.getState().show(done ? { tone: 'info', message: t('letters.output.emailTooLong'), timeoutMs: 20_000 } : { tone: 'error', message: t('letters.output.copyFailed') });
  };
  const saveAs = async (format: 'pdf' | 'docx') => {
    await flush();
    await save(format, { letterId: letter.id, document: doc, fileName: fileName(format), kind });
  };

  return (
    <section className="letter-output" aria-labelledby="output-title">
      <h2 id="output-title" className="letter-output__title">
        {t('letters.output.title')}
      </h2>
      <p className="letter-output__intro">{letter.status === 'sent' ? t('letters.output.introSent') : t('letters.output.intro')}</p>
      <div className="letter-output__buttons">
        <Button icon={<ClipboardCopy />} onClick={() => void copy()}>
          {t('letters.output.copy')}
        </Button>
        <Button icon={<Mail />} onClick={() => void email()}>
          {t('letters.output.email')}
        </Button>
        <Button icon={<FileDown />} disabled={busy !== null} onClick={() => void saveAs('pdf')}>
          {busy === 'pdf' ? t('letters.output.savingFile') : t('letters.output.pdf')}
        </Button>
        <Button icon={<FileText />} disabled={busy !== null} onClick={() => void saveAs('docx')}>
          {busy === 'docx' ? t('letters.output.savingFile') : t('letters.output.docx')}
        </Button>
        <Button icon={<Printer />} onClick={() => window.print()}>
          {t('letters.output.print')}
        </Button>
        {letter.status === 'draft' ? (
          <Button variant="primary" icon={<Send />} onClick={onMarkSent}>
            {t('letters.output.markSent')}
          </Button>
        ) : null}
      </div>
      {letter.files.length ? (
        <div className="letter-output__files">
          <h3>{t('letters.output.files')}</h3>
          <ul>
            {letter.files.map((file) => (
              <li key={file.versionId}>
                <Link to={areaPath(KIND_AREA[file.kind], file.documentId)}>{t('letters.output.fileItem', { name: file.name, format: t(`letters.output.formats.${file.format}`) })}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
