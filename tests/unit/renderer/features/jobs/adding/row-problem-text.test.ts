import { describe, expect, it } from 'vitest';
import type { RowProblem } from '../../../../../../renderer/src/features/jobs/data/csv';
import { rowProblemText } from '../../../../../../renderer/src/features/jobs/csv-ui/row-problem-text';
import { createI18n } from '../../../../../../renderer/src/i18n';

// One of every problem a row can have, with the values its sentence needs.
const PROBLEMS: RowProblem[] = [
  { code: 'titleEmpty' },
  { code: 'dateUnreadable', field: 'deadline', value: 'next Friday' },
  { code: 'dateOrder', field: 'appliedAt', value: '31/31/2024', order: 'mdy' },
  { code: 'dateOrder', field: 'appliedAt', value: '12/31/2024', order: 'dmy' },
  { code: 'statusUnknown', value: 'En espera' },
  { code: 'fieldTooLong', field: 'title' },
  { code: 'fieldTooLong', field: null },
  { code: 'fieldInvalid', field: 'url' },
  { code: 'fieldInvalid', field: null },
  { code: 'workplaceUnknown', value: 'a veces' },
  { code: 'linkToNotes' },
  { code: 'valueToNotes', field: 'pay', value: 'negociable' },
  { code: 'alreadyInList' },
  { code: 'csvQuotes' },
  { code: 'csvFieldCount' },
  { code: 'csvOther' },
];

describe('Why a CSV row was skipped or changed, in the user’s language', () => {
  it.each(['en', 'es'] as const)('says every problem as a whole sentence in %s, naming the field and the value', (language) => {
    const { t } = createI18n(language);
    for (const problem of PROBLEMS) {
      const text = rowProblemText(t, problem);
      // A missing string comes back as its key; an empty value leaves "{{" or a bare pair of quotes.
      expect(text, problem.code).not.toMatch(/jobsAdding|\{\{|“”|«»|undefined|null/);
      expect(text, problem.code).toMatch(/[.]$/);
      if ('value' in problem) expect(text).toContain(problem.value);
    }
  });

  it('names the field as the mapping step does, in Spanish for a Spanish screen', () => {
    const { t } = createI18n('es');
    expect(rowProblemText(t, { code: 'dateOrder', field: 'appliedAt', value: '31/31/2024', order: 'mdy' })).toBe(
      'Fecha de solicitud: «31/31/2024» no encaja con las fechas mes/día/año de este archivo, así que se puso en las notas.',
    );
    expect(rowProblemText(t, { code: 'titleEmpty' })).toBe('El título del puesto está vacío.');
    const en = createI18n('en').t;
    expect(rowProblemText(en, { code: 'fieldTooLong', field: 'title' })).toBe('Job title is longer than 100 KB. Shorten it in the spreadsheet.');
  });
});
