import { useMemo, useState } from 'react';
import type { JobRow } from '../../../db/rows';
import { useJobs } from '../state/jobs-store';
import { useLanguage } from '../../../i18n/use-language';
import { compileFieldFilter, distinctSources, mainCurrency, searchWords } from './filter-jobs';
import { buildCorpus, createWordMatcher } from './search-corpus';
import { sortJobs } from './sort-jobs';
import { useTableState } from './table-state';

export interface TableRows {
  /** The jobs to show, sorted and filtered. */
  rows: readonly JobRow[];
  total: number;
  currency: string;
  sources: Array<{ value: string; label: string }>;
  /** The search text the rows were filtered with. */
  search: string;
}

/**
 * The table's rows in three memoised steps, so a keystroke in the search box only runs the
 * last one: sort every job (on a change of sort), keep those passing the other filters (on
 * a change of them), then keep those holding every typed word in their stored search text (all the texts are
 * searched as one string: search-corpus.ts).
 */
export function useTableRows(): TableRows {
  const language = useLanguage();
  const byId = useJobs((s) => s.byId);
  const filters = useTableState((s) => s.filters);
  const sort = useTableState((s) => s.sort);

  const all = useMemo(() => [...byId.values()], [byId]);
  const sorted = useMemo(() => sortJobs(all, sort, language), [all, sort, language]);
  const currency = useMemo(() => mainCurrency(all), [all]);
  const sources = useMemo(() => distinctSources(all, language), [all, language]);

  const { stage, source, payMin, payMax, payPeriod, dateField, from, to } = filters;
  const fieldFilter = useMemo(
    () => compileFieldFilter({ text: '', stage, source, payMin, payMax, payPeriod, dateField, from, to }, currency),
    [stage, source, payMin, payMax, payPeriod, dateField, from, to, currency],
  );
  const narrowed = useMemo(() => (fieldFilter ? sorted.filter(fieldFilter) : sorted), [sorted, fieldFilter]);
  const corpus = useMemo(() => buildCorpus(narrowed), [narrowed]);

  // No debounce or deferral: finding the typed words in the stored, already folded search text
  // of 10,000 jobs takes well under a millisecond, so the rows are filtered in the same render
  // as the keystroke and painted in its frame.
  const text = filters.text;
  const words = useMemo(() => searchWords(text), [text]);
  const [match] = useState(createWordMatcher);
  const rows = useMemo(() => match(corpus, words), [match, corpus, words]);
  return { rows, total: all.length, currency, sources, search: text };
}
