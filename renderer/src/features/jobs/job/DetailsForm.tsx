import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PAY_PERIODS, WORKPLACES } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { Button } from '../../../ui/Button';
import { useUpdateJob } from '../state/use-update-job';
import { ErrorSummary, FormField } from './FormField';
import { FORM_FIELDS, fromForm, toForm, type FormError, type FormField as Field, type JobForm } from './job-form';

/** Every field of the job in one form: Save checks it, shows each problem beside its field and in a summary. */
export function DetailsForm({ job, onDone }: { job: JobRow; onDone(): void }) {
  const { t } = useTranslation();
  const base = useId();
  const update = useUpdateJob();
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<JobForm>(() => toForm(job));
  const [errors, setErrors] = useState<Partial<Record<Field, FormError>>>({});
  const [saving, setSaving] = useState(false);
  const id = (field: Field) => `${base}-${field}`;
  const message = (field: Field) => {
    const error = errors[field];
    return error ? t(`jobs.form.errors.${error}`, { field: t(`jobs.fields.${field}`) }) : null;
  };
  const set = (field: Field) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [field]: event.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { patch, errors: found } = fromForm(form);
    setErrors(found);
    if (!patch) {
      requestAnimationFrame(() => summary.current?.querySelector<HTMLElement>('.error-summary')?.focus());
      return;
    }
    setSaving(true);
    const saved = await update(job, patch);
    setSaving(false);
    if (saved) onDone();
  };

  const text = (field: Field, options: { hint?: string; type?: string; inputMode?: 'decimal'; className?: string } = {}) => (
    <FormField id={id(field)} label={t(`jobs.fields.${field}`)} hint={options.hint} error={message(field)} className={options.className}>
      {(props) => (
        <input {...props} type={options.type ?? 'text'} inputMode={options.inputMode} className="field__input" value={form[field]} onChange={set(field)} />
      )}
    </FormField>
  );
  const summaryErrors = FORM_FIELDS.flatMap((field) => (errors[field] ? [{ id: id(field), message: message(field) ?? '' }] : []));

  return (
    <form className="job-form" noValidate onSubmit={(event) => void submit(event)}>
      <div ref={summary}>
        <ErrorSummary title={t('jobs.form.problem')} errors={summaryErrors} />
      </div>
      {text('title', { hint: t('jobs.form.titleHint') })}
      {text('employer')}
      {text('location', { hint: t('jobs.form.locationHint') })}
      <FormField id={id('workplace')} label={t('jobs.fields.workplace')} error={message('workplace')}>
        {(props) => (
          <select {...props} className="field__input" value={form.workplace} onChange={set('workplace')}>
            <option value="">{t('jobs.form.notSure')}</option>
            {WORKPLACES.map((w) => (
              <option key={w} value={w}>
                {t(`jobs.workplace.${w}`)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <fieldset className="job-form__group">
        <legend className="field__label">{t('jobs.fields.pay')}</legend>
        <p className="field__hint">{t('jobs.form.payHint')}</p>
        <div className="job-form__row">
          {text('payMin', { inputMode: 'decimal', className: 'job-form__amount' })}
          {text('payMax', { inputMode: 'decimal', className: 'job-form__amount' })}
          <FormField id={id('payPeriod')} label={t('jobs.fields.payPeriod')} error={message('payPeriod')}>
            {(props) => (
              <select {...props} className="field__input" value={form.payPeriod} onChange={set('payPeriod')}>
                <option value="">{t('jobs.form.notSure')}</option>
                {PAY_PERIODS.map((p) => (
                  <option key={p} value={p}>
                    {t(`jobs.filters.periods.${p}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {text('currency', { hint: t('jobs.form.currencyHint'), className: 'job-form__currency' })}
        </div>
      </fieldset>
      {text('source', { hint: t('jobs.form.sourceHint') })}
      {text('url', { type: 'url', hint: t('jobs.form.urlHint') })}
      {text('jobNumber')}
      <div className="job-form__row">
        {text('postedAt', { type: 'date' })}
        {text('deadline', { type: 'date' })}
      </div>
      <FormField id={id('description')} label={t('jobs.fields.description')} error={message('description')}>
        {(props) => <textarea {...props} className="field__input job-form__description" rows={8} value={form.description} onChange={set('description')} />}
      </FormField>
      <div className="job-form__buttons">
        <Button type="submit" variant="primary" disabled={saving}>
          {t('jobs.form.save')}
        </Button>
        <Button onClick={onDone}>{t('jobs.form.cancel')}</Button>
      </div>
    </form>
  );
}
