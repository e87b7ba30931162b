import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, MessageSquareWarning } from 'lucide-react';
import type { LetterBody, LetterLanguage, LetterTypeDef } from '../../../../../shared/domain/letters/types';
import { placedToneFlags, type PartName } from './tone-parts';

export interface TonePanelProps {
  body: LetterBody;
  channel: LetterTypeDef['channel'];
  adviceLanguage: LetterLanguage;
}

/** Selects the flagged words in the editor, so the user sees them in place and can type over them. */
function showInLetter(part: PartName, start: number, end: number) {
  const control = document.querySelector<HTMLInputElement | HTMLTextAreaElement>(`[data-part="${part}"]`);
  if (!control) return;
  control.focus();
  control.setSelectionRange(start, end);
}

/**
 * Beside the letter: what the tone check found as the user types (reason, suggestion, the
 * words marked), or that nothing needs changing. The check runs on a deferred copy of the
 * text, so typing never waits for it.
 */
export function TonePanel({ body, channel, adviceLanguage }: TonePanelProps) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(body);
  const flags = useMemo(() => placedToneFlags(deferred, channel, adviceLanguage), [deferred, channel, adviceLanguage]);
  const where = (part: PartName | null) => {
    if (part === null) return t('letters.tone.parts.letter');
    const paragraph = /^paragraph-(\d+)$/.exec(part);
    return paragraph ? t('letters.tone.parts.paragraph', { n: Number(paragraph[1]) + 1 }) : t(`letters.tone.parts.${part as 'subject'}`);
  };
  return (
    <section className="letter-panel tone-panel" aria-labelledby="tone-title">
      <h2 id="tone-title" className="letter-panel__title">
        {t('letters.tone.title')}
      </h2>
      <p className="letter-panel__intro">{t('letters.tone.intro')}</p>
      <p className={`tone-panel__summary${flags.length ? '' : ' tone-panel__summary--ok'}`} role="status">
        {flags.length ? <MessageSquareWarning aria-hidden="true" /> : <CheckCircle2 aria-hidden="true" />}
        {flags.length ? t('letters.tone.count', { count: flags.length }) : t('letters.tone.none')}
      </p>
      {flags.length ? (
        <ul className="tone-flags">
          {flags.map((flag) => (
            <li key={`${flag.part}-${flag.start}-${flag.rule}`} className="tone-flag">
              <p className="tone-flag__reason">{flag.reason}</p>
              {flag.part ? (
                <p className="tone-flag__excerpt">
                  {flag.before}
                  <mark>{flag.match}</mark>
                  {flag.after}
                </p>
              ) : null}
              <p className="tone-flag__suggestion">{flag.suggestion}</p>
              <p className="tone-flag__where">
                {t('letters.tone.where', { part: where(flag.part) })}
                {flag.part ? (
                  <button type="button" className="tone-flag__show" onClick={() => showInLetter(flag.part as PartName, flag.partStart, flag.partEnd)}>
                    {t('letters.tone.show')}
                  </button>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
