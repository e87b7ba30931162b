import { createPortal } from 'react-dom';
import { formatLetterDate } from '../../../../../shared/domain/letters';
import type { LetterDocument } from '../../../../../shared/domain/letters/types';
import './print.css';

/** Lines of a multi-line text, without blank ones. */
const lines = (text: string | undefined) => (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

/**
 * The letter laid out as on paper (sender, date, recipient, greeting, body, closing,
 * signature). Hidden on screen; drawn straight into <body> so the print stylesheet can
 * leave out the rest of the app entirely (hidden parts would still take pages).
 */
export function PrintableLetter({ document: doc }: { document: LetterDocument }) {
  const { sender, recipient, body } = doc;
  return createPortal(
    <article className="letter-print" lang={doc.language} aria-hidden="true">
      <address className="letter-print__sender">
        {[sender.name, ...lines(sender.address), sender.phone, sender.email, ...sender.links].filter(Boolean).map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </address>
      <p className="letter-print__date">{formatLetterDate(doc.date, doc.language)}</p>
      <address className="letter-print__recipient">
        {[recipient.name, recipient.role, recipient.organisation, ...lines(recipient.address)].filter(Boolean).map((line, i) => (
          <span key={i}>{line}</span>
        ))}
      </address>
      {body.subject.trim() ? <p className="letter-print__subject">{body.subject}</p> : null}
      {body.salutation.trim() ? <p>{body.salutation}</p> : null}
      {body.paragraphs.filter((p) => p.trim()).map((paragraph, i) => (
        <p key={i} className="letter-print__paragraph">
          {paragraph}
        </p>
      ))}
      <p className="letter-print__closing">{body.closing}</p>
      <p className="letter-print__signature">{body.signature}</p>
    </article>,
    document.body,
  );
}
