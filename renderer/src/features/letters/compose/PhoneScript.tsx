import { useTranslation } from 'react-i18next';
import { Phone } from 'lucide-react';
import { phoneScript } from '../../../../../shared/domain/letters';
import type { LetterContext, LetterLanguage } from '../../../../../shared/domain/letters/types';

export interface PhoneScriptProps {
  values: Readonly<Record<string, string>>;
  ctx: LetterContext;
  /** The letter's language: the call is made in it. */
  language: LetterLanguage;
}

/** What to say when calling first (senior roles, or when the interview is close), ready to read out. */
export function PhoneScript({ values, ctx, language }: PhoneScriptProps) {
  const { t } = useTranslation();
  return (
    <section className="wizard-script" aria-labelledby="phone-script-title">
      <h3 id="phone-script-title" className="wizard-script__title">
        <Phone aria-hidden="true" />
        {t('letters.wizard.phoneScript')}
      </h3>
      <p className="wizard-script__hint">{t('letters.wizard.phoneScriptHint')}</p>
      <div className="wizard-script__text" lang={language}>
        {phoneScript(values, ctx, language).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
