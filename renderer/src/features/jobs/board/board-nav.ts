import { createContext, useContext, type KeyboardEvent, type MutableRefObject } from 'react';
import type { StageId } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import type { GroupId } from './group-jobs';

/** What the cards and columns of the board share: roving focus, opening and moving a job. */
export interface BoardNav {
  /** Handles arrow keys, Home, End and Enter on a card; true when it did. */
  onCardKey(event: KeyboardEvent<HTMLElement>, group: GroupId, jobId: string): boolean;
  /** Makes a card the column's Tab stop (it was clicked or focused). */
  setActive(group: GroupId, jobId: string): void;
  /** Scrolls a card into its column and focuses it once drawn. */
  focusCard(group: GroupId, jobId: string): void;
  /** A column tells the board how to scroll it to a card. */
  register(group: GroupId, scrollTo: (index: number) => void): () => void;
  /** The card waiting to be focused as soon as its column draws it. */
  pending: MutableRefObject<string | null>;
  open(jobId: string): void;
  move(job: JobRow, stage: StageId): void;
}

export const BoardNavContext = createContext<BoardNav | null>(null);

export function useBoardNav(): BoardNav {
  const nav = useContext(BoardNavContext);
  if (!nav) throw new Error('useBoardNav must be used inside the board.');
  return nav;
}

/** The card's focusable part, found by job id in the page. */
export function cardElement(root: ParentNode | null | undefined, jobId: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-card-id="${jobId}"] .job-card__main`) ?? null;
}
