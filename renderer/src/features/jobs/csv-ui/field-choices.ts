import type { ImportField } from '../data/csv';

/** The fields a column can go into, in the order people think of them. */
export const MAIN_FIELDS: ImportField[] = [
  'title', 'employer', 'location', 'workplace', 'pay', 'payMin', 'payMax', 'payPeriod', 'currency', 'source', 'url',
  'jobNumber', 'postedAt', 'deadline', 'stage', 'stageAt', 'appliedAt', 'nextAction', 'nextActionDue', 'description',
  'notes', 'contactNames', 'createdAt', 'updatedAt',
];

/** Columns only our own export writes; offered apart so nobody picks them by mistake. */
export const EXPORT_FIELDS: ImportField[] = ['stageHistory', 'sentDocuments', 'contactIds', 'id'];

/** The id of the select for column `index`, for the error summary's links. */
export const columnSelectId = (index: number) => `csv-column-${index}`;

/** The id of the stage select for a status value. */
export const statusSelectId = (index: number) => `csv-status-${index}`;
