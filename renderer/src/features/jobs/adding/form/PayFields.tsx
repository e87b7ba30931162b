import { useTranslation } from 'react-i18next';
import { PAY_PERIODS } from '../../../../../../shared/domain/jobs';
import { currencyName, formatPay, useLocale } from '../format';
import { DraftInput, DraftSelect } from './fields';
import { useAddJob } from './store';
import { readAmount } from './validate';

const CURRENCIES = ['USD', 'MXN', 'CAD', 'EUR', 'GBP'];

/** Lowest and highest pay, how often, the currency, and how it will read. */
export function PayFields() {
  const { t } = useTranslation();
  const locale = useLocale();
  const currency = useAddJob((s) => s.draft.currency);
  const currencies = CURRENCIES.includes(currency) || !currency ? CURRENCIES : [...CURRENCIES, currency];
  return (
    <>
      <p className="field__hint add-job__group-hint">{t('jobsAdding.form.payHint')}</p>
      <div className="add-job__row">
        <DraftInput field="payMin" label={t('jobsAdding.form.payMin')} hint={t('jobsAdding.form.payAmountHint')} inputMode="decimal" autoComplete="off" className="add-job__cell" />
        <DraftInput field="payMax" label={t('jobsAdding.form.payMax')} hint={t('jobsAdding.form.payAmountHint')} inputMode="decimal" autoComplete="off" className="add-job__cell" />
      </div>
      <div className="add-job__row">
        <DraftSelect
          field="payPeriod"
          label={t('jobsAdding.form.payPeriod')}
          className="add-job__cell"
          choices={[{ value: '', label: t('jobsAdding.periods.unknown') }, ...PAY_PERIODS.map((p) => ({ value: p, label: t(`jobsAdding.periods.${p}`) }))]}
        />
        <DraftSelect
          field="currency"
          label={t('jobsAdding.form.currency')}
          className="add-job__cell add-job__cell--fit"
          choices={currencies.map((code) => ({ value: code, label: `${code} — ${currencyName(code, locale)}` }))}
        />
      </div>
      <PayPreview />
    </>
  );
}

/** "It will show as: $18 to $22 an hour", once the amounts read as numbers. */
function PayPreview() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { payMin, payMax, payPeriod, currency } = useAddJob((s) => s.draft);
  const min = readAmount(payMin);
  const max = readAmount(payMax);
  const readable = (n: number | null) => n === null || Number.isFinite(n);
  if ((min === null && max === null) || !readable(min) || !readable(max) || (min !== null && max !== null && min > max)) return null;
  const text = formatPay({ min, max, period: payPeriod || null, currency: currency || 'USD' }, locale, t);
  return <p className="add-job__pay-preview">{t('jobsAdding.form.payPreview', { pay: text })}</p>;
}
