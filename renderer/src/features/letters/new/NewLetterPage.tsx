import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isLetterTypeId, letterText } from '../../../../../shared/domain/letters';
import type { LetterTypeId } from '../../../../../shared/domain/letters/types';
import { getDb } from '../../../db';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorSummary } from '../../contacts/shared/ErrorSummary';
import { SelectField } from '../../contacts/shared/fields';
import { useAdviceLanguage } from '../data/letter-language';
import { useLinkChoices } from '../data/use-link-choices';
import { useRoleTitle } from '../compose/use-role-title';
import { defaultContactFor } from './default-contact';
import { startLetter } from './start-letter';
import { TypeChoices } from './TypeChoices';
import '../letters.css';

/** #/letters/new[?type=…&job=…&contact=…]: choose the kind of letter and what it is about, then start the wizard. */
export function NewLetterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const text = letterText(useAdviceLanguage());
  const roleTitle = useRoleTitle();
  const choices = useLinkChoices();
  const asked = params.get('type');
  const [type, setType] = useState<LetterTypeId | ''>(isLetterTypeId(asked) ? asked : '');
  const [chosenJob, setJobId] = useState(params.get('job') ?? '');
  const [chosenContact, setContactId] = useState<string | null>(params.get('contact'));
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const jobs = choices.value?.jobs ?? [];
  const contacts = choices.value?.contacts ?? [];
  // A job or person from the address that no longer exists is dropped, not kept as a broken link.
  const jobId = choices.value && !jobs.some((j) => j.id === chosenJob) ? '' : chosenJob;
  const contactId = choices.value && chosenContact && !contacts.some((c) => c.id === chosenContact) ? null : chosenContact;
  // Until the user picks someone, the person follows the job: its hiring manager or recruiter.
  const contact = contactId ?? defaultContactFor(jobs.find((j) => j.id === jobId), contacts);
  const problems = attempt > 0 && !type ? [{ field: 'type', message: t('letters.choose.chooseType') }] : [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    if (!type || busy) return;
    setBusy(true);
    setFailure(null);
    try {
      const letter = await startLetter(getDb(), { type, jobId: jobId || null, contactId: contact || null, language: 'en' }, (role) => roleTitle(role, 'en'));
      void navigate(`/letters/${letter.id}`, { replace: true });
    } catch (err) {
      setFailure(t('letters.choose.failed', { reason: (err as Error).message }));
      setBusy(false);
    }
  };

  return (
    <div className="page new-letter-page">
      <PageHeader title={t('letters.choose.title')} intro={t('letters.choose.intro')} />
      <form className="new-letter" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary title={t('letters.choose.problems')} attempt={attempt} problems={problems} />
        {failure ? (
          <p className="letters-failure" role="alert">
            {failure}
          </p>
        ) : null}
        <TypeChoices text={text} value={type} error={problems[0]?.message} onChange={setType} />
        <div className="new-letter__links">
          <SelectField name="job" label={t('letters.choose.job')} hint={t('letters.choose.jobHint')} value={jobId} onChange={(event) => setJobId(event.target.value)}>
            <option value="">{t('letters.choose.noJob')}</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {[job.title, job.employer].filter(Boolean).join(' · ')}
              </option>
            ))}
          </SelectField>
          <SelectField name="contact" label={t('letters.choose.contact')} hint={t('letters.choose.contactHint')} value={contact} onChange={(event) => setContactId(event.target.value)}>
            <option value="">{t('letters.choose.noContact')}</option>
            {contacts.map((person) => (
              <option key={person.id} value={person.id}>
                {[person.name, person.employer].filter(Boolean).join(' · ')}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="new-letter__actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {t('letters.choose.start')}
          </Button>
        </div>
      </form>
    </div>
  );
}
