import { useTranslation } from 'react-i18next';
import type { LetterLanguage } from '../../../../../shared/domain/letters/types';
import { RadioGroup } from '../../../ui/Field';
import { SelectField } from '../../contacts/shared/fields';
import { useLinkChoices } from '../data/use-link-choices';

export interface AboutPanelProps {
  jobId: string | null;
  contactId: string | null;
  language: LetterLanguage;
  /** A sent letter stays as it went: its links and language are shown, not changed. */
  readOnly: boolean;
  onJob(jobId: string | null): void;
  onContact(contactId: string | null): void;
  onLanguage(language: LetterLanguage): void;
}

/** The letter's job, person and language, changeable at any step. */
export function AboutPanel({ jobId, contactId, language, readOnly, onJob, onContact, onLanguage }: AboutPanelProps) {
  const { t } = useTranslation();
  const choices = useLinkChoices().value;
  return (
    <section className="letter-panel" aria-labelledby="about-letter-title">
      <h2 id="about-letter-title" className="letter-panel__title">
        {t('letters.about.title')}
      </h2>
      <SelectField name="letter-job" label={t('letters.about.job')} value={jobId ?? ''} disabled={readOnly} onChange={(event) => onJob(event.target.value || null)}>
        <option value="">{t('letters.about.noJob')}</option>
        {(choices?.jobs ?? []).map((job) => (
          <option key={job.id} value={job.id}>
            {[job.title, job.employer].filter(Boolean).join(' · ')}
          </option>
        ))}
      </SelectField>
      <SelectField name="letter-contact" label={t('letters.about.contact')} value={contactId ?? ''} disabled={readOnly} onChange={(event) => onContact(event.target.value || null)}>
        <option value="">{t('letters.about.noContact')}</option>
        {(choices?.contacts ?? []).map((person) => (
          <option key={person.id} value={person.id}>
            {[person.name, person.employer].filter(Boolean).join(' · ')}
          </option>
        ))}
      </SelectField>
      {readOnly ? (
        <p className="letter-panel__fact">{t('letters.about.languageIs', { language: t(`letters.about.languages.${language}`) })}</p>
      ) : (
        <RadioGroup
          legend={t('letters.about.language')}
          hint={t('letters.about.languageHint')}
          name="letter-language"
          value={language}
          choices={(['en', 'es'] as const).map((value) => ({ value, label: t(`letters.about.languages.${value}`) }))}
          onChange={onLanguage}
        />
      )}
    </section>
  );
}
