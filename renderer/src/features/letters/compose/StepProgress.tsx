import { useTranslation } from 'react-i18next';
import { Check } from 'lucide-react';

export interface StepProgressProps {
  titles: string[];
  index: number;
  /** The furthest step reached: steps up to it can be revisited directly. */
  furthest: number;
  onJump(index: number): void;
}

/** "Step 2 of 4" and the steps by name; the current one marked by more than colour, earlier ones reachable. */
export function StepProgress({ titles, index, furthest, onJump }: StepProgressProps) {
  const { t } = useTranslation();
  return (
    <nav className="step-progress" aria-label={t('letters.wizard.steps')}>
      <p className="step-progress__count">{t('letters.wizard.progress', { step: index + 1, total: titles.length })}</p>
      <ol className="step-progress__list">
        {titles.map((title, i) => {
          const state = i === index ? 'current' : i < index ? 'done' : 'todo';
          // "(done)" is for screen readers; the tick says it on screen.
          const label = (
            <>
              {`${i + 1}. ${title}`}
              {state === 'done' ? <span className="visually-hidden"> {t('letters.wizard.done')}</span> : null}
            </>
          );
          return (
            <li key={title + i} className={`step-progress__step step-progress__step--${state}`} aria-current={i === index ? 'step' : undefined}>
              {state === 'done' ? <Check aria-hidden="true" className="step-progress__icon" /> : <span className="step-progress__dot" aria-hidden="true" />}
              {i !== index && i <= furthest ? (
                <button type="button" className="step-progress__jump" onClick={() => onJump(i)}>
                  {label}
                </button>
              ) : (
                <span>{label}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
