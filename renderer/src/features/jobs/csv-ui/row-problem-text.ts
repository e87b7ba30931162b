import type { TFunction } from 'i18next';
import type { RowProblem } from '../data/csv';

/** A row problem as a sentence in the user's language, naming the field as the mapping step does. */
export function rowProblemText(t: TFunction, problem: RowProblem): string {
  const field = 'field' in problem && problem.field ? t(`jobsAdding.fields.${problem.field}`) : null;
  switch (problem.code) {
    case 'dateOrder':
      return t(`jobsAdding.import.problems.dateOrder_${problem.order}`, { field, value: problem.value });
    case 'fieldTooLong':
    case 'fieldInvalid':
      return field ? t(`jobsAdding.import.problems.${problem.code}`, { field }) : t(`jobsAdding.import.problems.${problem.code}Unnamed`);
    default:
      return t(`jobsAdding.import.problems.${problem.code}`, { field, value: 'value' in problem ? problem.value : '' });
  }
}
