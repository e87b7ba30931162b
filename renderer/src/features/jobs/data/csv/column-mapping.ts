import { foldText } from '../../../../../../shared/domain/text/fold';
import { HEADER_SYNONYMS, IMPORT_FIELDS, type ImportField } from './job-columns';

/** For each column of the file (by index), the job field it fills, or null to leave it out. */
export type ColumnMapping = (ImportField | null)[];

// "Status (list)" and "Company Name [required]" are "status" and "company name".
const normalise = (header: string) =>
  foldText(header).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/[\p{P}\p{S}_]+/gu, ' ').replace(/\s+/g, ' ').trim();

const EXACT = new Map<string, ImportField>();
for (const field of IMPORT_FIELDS) for (const name of HEADER_SYNONYMS[field]) EXACT.set(name, field);
// Inside longer headers only names of two words or more count ("Contact Email" is not a
// contact's name), longest first, so "date applied" wins over "applied".
const BY_LENGTH = [...EXACT.entries()].filter(([name]) => name.includes(' ')).sort((a, b) => b[0].length - a[0].length);

/**
 * A first guess at which column is which, from header names in English and Spanish and the
 * names job boards use in their exports. Exact names first (ignoring bracketed notes), then
 * two-word names inside longer headers; each field goes to one column only. The user confirms it.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = headers.map(() => null);
  const taken = new Set<ImportField>();
  const names = headers.map(normalise);
  names.forEach((name, i) => {
    const field = EXACT.get(name);
    if (field && !taken.has(field)) {
      mapping[i] = field;
      taken.add(field);
    }
  });
  names.forEach((name, i) => {
    if (mapping[i] || name === '') return;
    const found = BY_LENGTH.find(([synonym, field]) => !taken.has(field) && ` ${name} `.includes(` ${synonym} `));
    if (found) {
      mapping[i] = found[1];
      taken.add(found[1]);
    }
  });
  return mapping;
}

/** What stops an import with this mapping: a field given twice, or no title column. Empty when fine. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (!mapping.includes('title')) problems.push('Choose the column that holds the job title; every job needs one.');
  const seen = new Set<ImportField>();
  for (const field of mapping) {
    if (field && seen.has(field)) problems.push(`Two columns are set to "${field}"; choose one.`);
    if (field) seen.add(field);
  }
  return problems;
}
