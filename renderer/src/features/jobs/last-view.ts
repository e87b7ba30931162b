const VIEW_KEY = 'career-organizer.jobs-view';

export type JobsView = 'board' | 'table';

/** The view the user last opened (the board the first time). */
export function lastView(): JobsView {
  return globalThis.localStorage?.getItem(VIEW_KEY) === 'table' ? 'table' : 'board';
}

/** Remembers the view the user opened, for the Jobs link and "Back". */
export function rememberView(view: JobsView): void {
  globalThis.localStorage?.setItem(VIEW_KEY, view);
}
