import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getDb } from '../../../db/career-db';
import { listContacts } from '../../../db/contacts-table';
import { useLiveQuery } from '../../contacts/shared/use-live-query';
import { SelectField } from '../../contacts/shared/fields';
import type { DraftFieldsProps } from './WhenFields';

interface Choice {
  id: string;
  label: string;
}

const byLabel = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** The jobs and contacts an event can be linked to, as choices: "Warehouse lead — Acme". */
async function readChoices(): Promise<{ jobs: Choice[]; contacts: Choice[] }> {
  const db = getDb();
  const [jobs, contacts] = await Promise.all([db.jobs.toArray(), listContacts(db)]);
  return {
    jobs: jobs.map((j) => ({ id: j.id, label: j.employer ? `${j.title} — ${j.employer}` : j.title })).sort((a, b) => byLabel.compare(a.label, b.label)),
    contacts: contacts.map((c) => ({ id: c.id, label: c.employer ? `${c.name} — ${c.employer}` : c.name })),
  };
}

/** Which job and which person the event is about (an interview for a job, with a recruiter). */
export function LinkFields({ draft, set }: DraftFieldsProps) {
  const { t } = useTranslation();
  const { value } = useLiveQuery(useCallback(() => readChoices(), []));
  const options = (list: Choice[] | undefined, selected: string) => {
    // A link to a record not loaded yet (or gone) keeps its place so saving doesn't drop it silently.
    const items = list ?? [];
    const missing = selected && !items.some((c) => c.id === selected) ? [{ id: selected, label: value ? t('schedule.form.linkGone') : t('schedule.form.loadingChoice') }] : [];
    return [...missing, ...items].map((c) => (
      <option key={c.id} value={c.id}>
        {c.label}
      </option>
    ));
  };
  return (
    <div className="form-dialog__row">
      <SelectField name="jobId" label={t('schedule.form.job')} value={draft.jobId} onChange={(e) => set('jobId', e.target.value)}>
        <option value="">{t('schedule.form.noJob')}</option>
        {options(value?.jobs, draft.jobId)}
      </SelectField>
      <SelectField name="contactId" label={t('schedule.form.contact')} value={draft.contactId} onChange={(e) => set('contactId', e.target.value)}>
        <option value="">{t('schedule.form.noContact')}</option>
        {options(value?.contacts, draft.contactId)}
      </SelectField>
    </div>
  );
}
