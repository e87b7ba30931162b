import { useTranslation } from 'react-i18next';
import { AlarmClock } from 'lucide-react';
import { interviewUrgency, localDayOf } from '../../../../../shared/domain/letters';
import type { LetterLanguage } from '../../../../../shared/domain/letters/types';

export interface UrgencyNoteProps {
  /** The date typed on this step (YYYY-MM-DD), if any. */
  typed: string;
  /** The schedule's (or the next action's) interview time, if known. */
  known: string | undefined;
  /** The UI language: the advice follows it. */
  language: LetterLanguage;
}

/** "Your interview is tomorrow. Tell them today…": how soon the interview is, and what that means. */
export function UrgencyNote({ typed, known, language }: UrgencyNoteProps) {
  const { t } = useTranslation();
  // The schedule's time of day makes "today" precise; a different date typed here wins.
  const day = typed.trim();
  const at = known && (!day || localDayOf(known) === day) ? known : day || undefined;
  const urgency = interviewUrgency(at, new Date(), language);
  const urgent = urgency.kind === 'passed' || urgency.kind === 'today' || urgency.kind === 'tomorrow';
  return (
    <div className={`wizard-note${urgent ? ' wizard-note--urgent' : ''}`} role="note" aria-label={t('letters.wizard.interviewSoon')}>
      <AlarmClock aria-hidden="true" className="wizard-note__icon" />
      <p>{urgency.text}</p>
    </div>
  );
}
