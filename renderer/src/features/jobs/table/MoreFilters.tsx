import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PAY_PERIODS, type PayPeriod } from '../../../../../shared/domain/jobs';
import { parseAmountInput } from './filter-jobs';
import { DATE_FIELDS, useTableState, type DateField } from './table-state';

/** Pay range and date range, with a message beside any value that can't be used. */
export function MoreFilters({ id, currency }: { id: string; currency: string }) {
  const { t } = useTranslation();
  const ids = { min: useId(), max: useId(), period: useId(), field: useId(), from: useId(), to: useId(), payHint: useId() };
  const filters = useTableState((s) => s.filters);
  const setFilters = useTableState((s) => s.setFilters);
  const minBad = filters.payMin.trim() !== '' && parseAmountInput(filters.payMin) === null;
  const maxBad = filters.payMax.trim() !== '' && parseAmountInput(filters.payMax) === null;
  const datesBackwards = Boolean(filters.from && filters.to && filters.from > filters.to);
  return (
    <div id={id} className="jobs-filters__more">
      <fieldset className="jobs-filters__group">
        <legend className="jobs-filters__label">{t('jobs.filters.pay')}</legend>
        <p className="field__hint" id={ids.payHint}>
          {t('jobs.filters.payHint', { currency })}
        </p>
        <div className="jobs-filters__row">
          <AmountField id={ids.min} label={t('jobs.filters.payMin')} value={filters.payMin} bad={minBad} hintId={ids.payHint} onChange={(payMin) => setFilters({ payMin })} />
          <AmountField id={ids.max} label={t('jobs.filters.payMax')} value={filters.payMax} bad={maxBad} hintId={ids.payHint} onChange={(payMax) => setFilters({ payMax })} />
          <div className="jobs-filters__field">
            <label htmlFor={ids.period} className="jobs-filters__label">
              {t('jobs.filters.payPeriod')}
            </label>
            <select id={ids.period} className="field__input" value={filters.payPeriod} onChange={(event) => setFilters({ payPeriod: event.target.value as PayPeriod })}>
              {PAY_PERIODS.map((period) => (
                <option key={period} value={period}>
                  {t(`jobs.filters.periods.${period}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      </fieldset>
      <fieldset className="jobs-filters__group">
        <legend className="jobs-filters__label">{t('jobs.filters.dates')}</legend>
        <div className="jobs-filters__row">
          <div className="jobs-filters__field">
            <label htmlFor={ids.field} className="jobs-filters__label">
              {t('jobs.filters.dateField')}
            </label>
            <select id={ids.field} className="field__input" value={filters.dateField} onChange={(event) => setFilters({ dateField: event.target.value as DateField })}>
              {DATE_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {t(`jobs.filters.dateFields.${field}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="jobs-filters__field">
            <label htmlFor={ids.from} className="jobs-filters__label">
              {t('jobs.filters.from')}
            </label>
            <input id={ids.from} type="date" className="field__input" value={filters.from} onChange={(event) => setFilters({ from: event.target.value })} />
          </div>
          <div className={`jobs-filters__field${datesBackwards ? ' field--error' : ''}`}>
            <label htmlFor={ids.to} className="jobs-filters__label">
              {t('jobs.filters.to')}
            </label>
            {datesBackwards ? (
              <p className="field__error" id={`${ids.to}-error`}>
                {t('jobs.filters.datesBackwards')}
              </p>
            ) : null}
            <input
              id={ids.to}
              type="date"
              className="field__input"
              value={filters.to}
              aria-invalid={datesBackwards || undefined}
              aria-describedby={datesBackwards ? `${ids.to}-error` : undefined}
              onChange={(event) => setFilters({ to: event.target.value })}
            />
          </div>
        </div>
      </fieldset>
    </div>
  );
}

function AmountField(props: { id: string; label: string; value: string; bad: boolean; hintId: string; onChange(value: string): void }) {
  const { t } = useTranslation();
  const errorId = `${props.id}-error`;
  return (
    <div className={`jobs-filters__field${props.bad ? ' field--error' : ''}`}>
      <label htmlFor={props.id} className="jobs-filters__label">
        {props.label}
      </label>
      {props.bad ? (
        <p className="field__error" id={errorId}>
          {t('jobs.filters.amountInvalid')}
        </p>
      ) : null}
      <input
        id={props.id}
        type="text"
        inputMode="decimal"
        className="field__input jobs-filters__amount"
        value={props.value}
        aria-invalid={props.bad || undefined}
        aria-describedby={props.bad ? `${props.hintId} ${errorId}` : props.hintId}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </div>
  );
}
