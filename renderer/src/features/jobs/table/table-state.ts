import { create } from 'zustand';
import type { PayPeriod, StageId } from '../../../../../shared/domain/jobs';
import { parseAmountInput } from './filter-jobs';

/** Which stages the table shows: all, the open or closed ones, or one stage. */
export type StageFilter = 'all' | 'open' | 'closed' | StageId;
/** Which date the date range looks at. */
export const DATE_FIELDS = ['applied', 'stageAt', 'deadline', 'postedAt', 'createdAt'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
export const SORT_KEYS = ['title', 'employer', 'stage', 'applied', 'deadline', 'nextAction', 'pay'] as const;
export type SortKey = (typeof SORT_KEYS)[number] | 'updated';
export type SortDir = 'asc' | 'desc';

/** The table's controls, as typed (numbers and dates stay text until they are checked). */
export interface TableFilters {
  text: string;
  stage: StageFilter;
  /** A source as folded text; '' for every source. */
  source: string;
  payMin: string;
  payMax: string;
  payPeriod: PayPeriod;
  dateField: DateField;
  from: string;
  to: string;
}

export const NO_FILTERS: TableFilters = {
  text: '',
  stage: 'all',
  source: '',
  payMin: '',
  payMax: '',
  payPeriod: 'hour',
  dateField: 'applied',
  from: '',
  to: '',
};

interface TableState {
  filters: TableFilters;
  sort: { key: SortKey; dir: SortDir };
  moreOpen: boolean;
  setFilters(patch: Partial<TableFilters>): void;
  clear(): void;
  sortBy(key: SortKey): void;
  setMoreOpen(open: boolean): void;
}

/** Text, date and pay columns open in the order people expect first: A–Z, soonest, highest pay. */
const FIRST_DIR: Record<SortKey, SortDir> = {
  title: 'asc',
  employer: 'asc',
  stage: 'asc',
  applied: 'desc',
  deadline: 'asc',
  nextAction: 'asc',
  pay: 'desc',
  updated: 'desc',
};

/** The table's filters and sort for this session: coming back from a job finds them as they were. */
export const useTableState = create<TableState>((set) => ({
  filters: NO_FILTERS,
  sort: { key: 'updated', dir: 'desc' },
  moreOpen: false,
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  clear: () => set((state) => ({ filters: { ...NO_FILTERS, payPeriod: state.filters.payPeriod, dateField: state.filters.dateField } })),
  sortBy: (key) =>
    set((state) => ({
      sort: state.sort.key === key ? { key, dir: state.sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: FIRST_DIR[key] },
    })),
  setMoreOpen: (moreOpen) => set({ moreOpen }),
}));

/** How many of the "More filters" are in use (a number that can't be read doesn't count). */
export function extraFilterCount(f: TableFilters): number {
  const amount = (text: string) => parseAmountInput(text) !== null;
  return (amount(f.payMin) || amount(f.payMax) ? 1 : 0) + (f.from || f.to ? 1 : 0);
}

/** True when any filter or search is in use. */
export function isFiltering(f: TableFilters): boolean {
  return f.text.trim() !== '' || f.stage !== 'all' || f.source !== '' || extraFilterCount(f) > 0;
}
