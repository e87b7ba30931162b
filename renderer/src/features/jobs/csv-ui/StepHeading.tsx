import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** "Step 2 of 3 — Match the columns". It takes focus when the user moves to it, so they hear where they are. */
export function StepHeading({ step, title, focus }: { step: 1 | 2 | 3; title: string; focus: boolean }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 ref={ref} tabIndex={-1} className="csv-step">
      <span className="csv-step__count">{t('jobsAdding.import.step', { step })}</span>
      <span className="csv-step__title">{title}</span>
    </h2>
  );
}
