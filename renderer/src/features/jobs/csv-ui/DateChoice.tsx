import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroup } from '../../../ui/Field';
import type { ColumnMapping, DateOrder, DateOrderDecision, ImportField, ParsedCsv } from '../data/csv';
import { useLocale } from '../adding/format';
import { setDateOrder } from './import-store';

const DATE_FIELDS: ImportField[] = ['postedAt', 'deadline', 'stageAt', 'appliedAt', 'nextActionDue', 'createdAt', 'updatedAt'];
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/;
const SCAN_ROWS = 5000;

/** A date from the file that reads two ways ("3/5/2024"); made from the file's style when none does. */
function findExample(parsed: ParsedCsv, mapping: ColumnMapping): { text: string; first: number; second: number; year: number } | null {
  const columns = mapping.flatMap((f, i) => (f && DATE_FIELDS.includes(f) ? [i] : []));
  let style: RegExpExecArray | null = null;
  for (const row of parsed.rows.slice(0, SCAN_ROWS)) {
    for (const i of columns) {
      const m = NUMERIC.exec((row[i] ?? '').trim());
      if (!m) continue;
      style ??= m;
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a <= 12 && b <= 12 && a !== b) return { text: m[0], first: a, second: b, year: fullYear(m[4]) };
    }
  }
  if (!style) return null;
  const year = fullYear(style[4]);
  return { text: `3${style[2]}5${style[2]}${style[4]}`, first: 3, second: 5, year };
}

const fullYear = (y: string) => (y.length === 4 ? Number(y) : Number(y) < 30 ? 2000 + Number(y) : 1900 + Number(y));

/** Only when the file has dates like 3/5/2024: does that mean March 5 or 3 May? Our guess is chosen, the user decides. */
export function DateChoice({ parsed, mapping, decision, order }: { parsed: ParsedCsv; mapping: ColumnMapping; decision: DateOrderDecision; order: DateOrder }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const example = useMemo(() => findExample(parsed, mapping), [parsed, mapping]);
  if (!example) return null;
  const long = (month: number, day: number) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(example.year, month - 1, day)));
  const basis = { evidence: 'datesEvidence', assumed: 'datesAssumed', conflict: 'datesConflict' } as const;
  return (
    <div className="section">
      <h3>{t('jobsAdding.import.datesTitle')}</h3>
      <RadioGroup<DateOrder>
        legend={t('jobsAdding.import.datesQuestion', { example: example.text })}
        hint={t(`jobsAdding.import.${basis[decision.basis]}`)}
        name="csv-date-order"
        value={order}
        onChange={setDateOrder}
        choices={[
          { value: 'mdy', label: t('jobsAdding.import.monthFirst', { monthFirst: long(example.first, example.second) }) },
          { value: 'dmy', label: t('jobsAdding.import.dayFirst', { dayFirst: long(example.second, example.first) }) },
        ]}
      />
    </div>
  );
}
