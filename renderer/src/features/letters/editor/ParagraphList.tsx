import { useTranslation } from 'react-i18next';
import { ArrowDown, ArrowUp, Plus, X } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { TextAreaField } from '../../contacts/shared/fields';

export interface ParagraphListProps {
  paragraphs: string[];
  language: string;
  readOnly: boolean;
  onChange(paragraphs: string[]): void;
  onRemove(index: number): void;
}

/** Focuses a control of paragraph `index` once React has drawn the new order. */
function focusLater(selector: string) {
  requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());
}

/** The letter's paragraphs: each a box of its own, moved up or down, removed or added by button. */
export function ParagraphList({ paragraphs, language, readOnly, onChange, onRemove }: ParagraphListProps) {
  const { t } = useTranslation();
  const set = (index: number, text: string) => onChange(paragraphs.map((p, i) => (i === index ? text : p)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...paragraphs];
    const [moved] = next.splice(index, 1);
    next.splice(index + by, 0, moved);
    onChange(next);
    // Keep focus on the same button of the paragraph that moved; at an end, on the other button.
    const to = index + by;
    const atEnd = (by === -1 && to === 0) || (by === 1 && to === paragraphs.length - 1);
    const button = by === -1 ? (atEnd ? 'down' : 'up') : atEnd ? 'up' : 'down';
    focusLater(`[data-paragraph-action="${button}-${to}"]`);
  };
  const add = () => {
    onChange([...paragraphs, '']);
    focusLater(`[data-part="paragraph-${paragraphs.length}"]`);
  };
  return (
    <div className="paragraphs">
      {paragraphs.map((text, index) => {
        const n = index + 1;
        return (
          <div key={index} className="paragraph">
            <TextAreaField
              name={`paragraph-${index}`}
              label={t('letters.editor.paragraph', { n })}
              value={text}
              readOnly={readOnly}
              lang={language}
              rows={3}
              className="letter-text"
              data-part={`paragraph-${index}`}
              onChange={(event) => set(index, event.target.value)}
            />
            {readOnly ? null : (
              <div className="paragraph__actions" role="group" aria-label={t('letters.editor.paragraphActions', { n })}>
                <Button variant="quiet" icon={<ArrowUp />} disabled={index === 0} data-paragraph-action={`up-${index}`} onClick={() => move(index, -1)}>
                  <span aria-hidden="true">{t('letters.editor.moveUp')}</span>
                  <span className="visually-hidden">{t('letters.editor.moveUpNamed', { n })}</span>
                </Button>
                <Button
                  variant="quiet"
                  icon={<ArrowDown />}
                  disabled={index === paragraphs.length - 1}
                  data-paragraph-action={`down-${index}`}
                  onClick={() => move(index, 1)}
                >
                  <span aria-hidden="true">{t('letters.editor.moveDown')}</span>
                  <span className="visually-hidden">{t('letters.editor.moveDownNamed', { n })}</span>
                </Button>
                <Button variant="quiet" className="paragraph__remove" icon={<X />} onClick={() => onRemove(index)}>
                  <span aria-hidden="true">{t('letters.editor.remove')}</span>
                  <span className="visually-hidden">{t('letters.editor.removeNamed', { n })}</span>
                </Button>
              </div>
            )}
          </div>
        );
      })}
      {readOnly ? null : (
        <Button icon={<Plus />} onClick={add}>
          {t('letters.editor.add')}
        </Button>
      )}
    </div>
  );
}
