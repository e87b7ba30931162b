import { useTranslation } from 'react-i18next';
import { RotateCcw } from 'lucide-react';
import type { LetterBody } from '../../../../../shared/domain/letters/types';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/Field';
import { TextAreaField } from '../../contacts/shared/fields';
import { ParagraphList } from './ParagraphList';

export interface LetterEditorProps {
  body: LetterBody;
  /** The language the letter is written in, for spell-checking and screen readers. */
  language: string;
  readOnly: boolean;
  /** The user changed the text by hand: offer to write it again from the answers. */
  edited: boolean;
  onChange(body: LetterBody): void;
  onRemoveParagraph(index: number): void;
  onRewrite(): void;
}

/** The letter as parts the user edits freely: subject, greeting, paragraphs, closing and signature. */
export function LetterEditor({ body, language, readOnly, edited, onChange, onRemoveParagraph, onRewrite }: LetterEditorProps) {
  const { t } = useTranslation();
  const set = (part: keyof LetterBody) => (event: { target: { value: string } }) => onChange({ ...body, [part]: event.target.value });
  return (
    <div className="letter-editor">
      <TextField name="subject" label={t('letters.editor.subject')} hint={t('letters.editor.subjectHint')} value={body.subject} readOnly={readOnly} lang={language} data-part="subject" className="letter-line" onChange={set('subject')} />
      <TextField name="salutation" label={t('letters.editor.salutation')} value={body.salutation} readOnly={readOnly} lang={language} data-part="salutation" className="letter-line" onChange={set('salutation')} />
      <ParagraphList paragraphs={body.paragraphs} language={language} readOnly={readOnly} onChange={(paragraphs) => onChange({ ...body, paragraphs })} onRemove={onRemoveParagraph} />
      <TextField name="closing" label={t('letters.editor.closing')} value={body.closing} readOnly={readOnly} lang={language} data-part="closing" className="letter-line" onChange={set('closing')} />
      <TextAreaField
        name="signature"
        label={t('letters.editor.signature')}
        hint={t('letters.editor.signatureHint')}
        value={body.signature}
        readOnly={readOnly}
        lang={language}
        rows={2}
        data-part="signature"
        className="letter-text"
        onChange={set('signature')}
      />
      {edited && !readOnly ? (
        <Button variant="quiet" icon={<RotateCcw />} onClick={onRewrite}>
          {t('letters.editor.rewrite')}
        </Button>
      ) : null}
    </div>
  );
}
