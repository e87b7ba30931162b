import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { letterFileName, secondNote, toLetterDocument } from '../../../../../shared/domain/letters';
import type { MessageChannel } from '../../../../../shared/domain/messages';
import { LetterEditor } from '../editor/LetterEditor';
import { OutputBar } from '../output/OutputBar';
import { PrintableLetter } from '../output/PrintableLetter';
import { MarkSentDialog } from '../sending/MarkSentDialog';
import { StageOfferDialog } from '../sending/StageOfferDialog';
import { useSendFlow } from '../sending/use-send-flow';
import { PhoneScript } from './PhoneScript';
import { ReferrerNote } from './ReferrerNote';
import { SaveStatus } from './SaveStatus';
import type { Wizard } from './use-wizard';
import { WizardNav } from './WizardNav';

/** The last step: the letter in the editor, the notes that go with it, its ways out, and "Mark as sent". */
export function LetterStep({ wizard }: { wizard: Wizard }) {
  const { t } = useTranslation();
  const { def, guide, letter, ctx, index } = wizard;
  const [sending, setSending] = useState(false);
  const flow = useSendFlow({ letter, def, fallbackSubject: guide.title, flush: wizard.flush, absorb: wizard.absorb });
  const readOnly = letter.status === 'sent';
  const body = letter.body ?? { subject: '', salutation: '', paragraphs: [], closing: '', signature: '' };
  // A sent letter keeps the date it went; a draft is dated today.
  const doc = { ...toLetterDocument(def, letter.values, ctx, letter.language, body), ...(letter.sent ? { date: letter.sent.at } : {}) };
  const note = def.id === 'decline-interview' ? secondNote(letter.values, ctx, letter.language) : null;
  const likely: MessageChannel = letter.values.channel === 'phone' ? 'phone' : def.channel;
  return (
    <div className="letter-step__body" onBlur={() => void wizard.flush()}>
      {readOnly ? null : (
        <div className="letter-step__editor-head">
          <p className="letter-step__intro">{t('letters.editor.intro')}</p>
          <SaveStatus state={wizard.save} />
        </div>
      )}
      <LetterEditor
        body={body}
        language={letter.language}
        readOnly={readOnly}
        edited={letter.edited}
        onChange={wizard.changeBody}
        onRemoveParagraph={wizard.removeParagraph}
        onRewrite={wizard.rewrite}
      />
      {def.id === 'decline-interview' && letter.values.channel === 'phone' ? <PhoneScript values={letter.values} ctx={ctx} language={letter.language} /> : null}
      {note ? <ReferrerNote name={letter.values.referrerName ?? ''} email={ctx.referrer?.email ?? ''} note={note} language={letter.language} /> : null}
      <OutputBar
        letter={letter}
        document={doc}
        to={ctx.contact?.email ?? ''}
        fileName={(format) => letterFileName(def, { ...ctx, today: doc.date }, format, letter.language)}
        flush={wizard.flush}
        onFiles={(files) => wizard.absorb({ files })}
        onMarkSent={() => setSending(true)}
      />
      {readOnly ? null : <WizardNav index={index} nextIsLetter={false} showNext={false} onBack={() => wizard.goTo(index - 1)} />}
      <MarkSentDialog
        open={sending}
        channel={likely}
        onClose={() => setSending(false)}
        onConfirm={async (details) => {
          const done = await flow.markSent(details);
          if (done) setSending(false);
          return done;
        }}
      />
      <StageOfferDialog offer={flow.offer} onAnswer={(yes) => void flow.answer(yes)} />
      <PrintableLetter document={doc} />
    </div>
  );
}
