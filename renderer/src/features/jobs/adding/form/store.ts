import { create } from 'zustand';
import type { Confidence, PostingGuess } from '../../../../../../shared/domain/jobs';
import type { FetchFailure } from '../../../../../../shared/contract';
import { today } from '../../../../db/clock';
import { emptyDraft, type Draft, type DraftField } from './draft';
import { validateDraft, type FieldError } from './validate';

/** How a field got its value: a guess from pasted text (with its confidence), the job's web page, or the pasted text itself. */
export type FilledBy = Confidence | 'page' | 'text';

/** Getting a posting from a web address. */
export type FetchState =
  | { status: 'idle' }
  | { status: 'fetching'; host: string; request: number }
  | { status: 'found'; title: string; host: string }
  | { status: 'offline' }
  | { status: 'failed'; reason: FetchFailure | null; message: string; host: string };

interface AddJobState {
  draft: Draft;
  /** Fields filled for the user, not typed; the mark goes when the user changes the field. */
  filled: Partial<Record<DraftField, FilledBy>>;
  /** Date inputs holding something that is not a date yet (the browser reports it, the value is empty). */
  badDates: DraftField[];
  /** Problems from the last Save; null until the user first tries to save. */
  errors: FieldError[] | null;
  /** Bumped on every Save with problems, so the summary takes focus again. */
  attempts: number;
  saving: boolean;
  pasted: string;
  found: PostingGuess | null;
  urlText: string;
  fetch: FetchState;
  setField<K extends DraftField>(field: K, value: Draft[K], badInput?: boolean): void;
  /** Fills fields the user left empty (or that were filled for them before); typed values stay. */
  fill(values: Partial<Draft>, by: Partial<Record<DraftField, FilledBy>>): void;
  set(patch: Partial<Pick<AddJobState, 'errors' | 'attempts' | 'saving' | 'pasted' | 'found' | 'urlText' | 'fetch'>>): void;
  reset(): void;
}

const PAY_FIELDS: DraftField[] = ['payMin', 'payMax', 'payPeriod', 'currency'];

function initial() {
  return {
    draft: emptyDraft(today()),
    filled: {},
    badDates: [],
    errors: null,
    attempts: 0,
    saving: false,
    pasted: '',
    found: null,
    urlText: '',
    fetch: { status: 'idle' } as FetchState,
  };
}

// After a Save with problems, a fixed field loses its error at once; no new errors appear until the next Save.
function recheck(errors: FieldError[] | null, draft: Draft, badDates: DraftField[]): FieldError[] | null {
  if (!errors) return null;
  return validateDraft(draft, today(), new Set(badDates)).errors.filter((e) => errors.some((old) => old.field === e.field));
}

/** The add-job page's state. It lives while the app runs, so leaving the page and coming back loses nothing. */
export const useAddJob = create<AddJobState>((set, get) => ({
  ...initial(),
  setField(field, value, badInput = false) {
    const { draft, filled, badDates, errors } = get();
    const next = { ...draft, [field]: value };
    const { [field]: _gone, ...stillFilled } = filled;
    const bad = badDates.filter((f) => f !== field).concat(badInput ? [field] : []);
    set({ draft: next, filled: stillFilled, badDates: bad, errors: recheck(errors, next, bad) });
  },
  fill(values, by) {
    const { draft, filled } = get();
    const next = { ...draft };
    const marks = { ...filled };
    const replaceable = (field: DraftField) => field in filled || String(draft[field]).trim() === '';
    // Pay is one reading: its four parts are filled together or not at all.
    const payFree = PAY_FIELDS.every((f) => f in filled) || (draft.payMin.trim() === '' && draft.payMax.trim() === '');
    for (const [field, value] of Object.entries(values) as [DraftField, string][]) {
      if (PAY_FIELDS.includes(field) ? !payFree : !replaceable(field)) continue;
      (next as Record<DraftField, string>)[field] = value;
      const mark = by[field];
      if (mark) marks[field] = mark;
      else delete marks[field];
    }
    set({ draft: next, filled: marks, errors: recheck(get().errors, next, get().badDates) });
  },
  set: (patch) => set(patch),
  reset: () => set(initial()),
}));

/** The message key and values for a field's error, or null. */
export function useFieldError(field: DraftField): FieldError | null {
  return useAddJob((s) => s.errors?.find((e) => e.field === field) ?? null);
}
