import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StageId } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { cardElement, type BoardNav } from './board-nav';
import { groupOf, nextCard, type BoardGroups, type GroupId } from './group-jobs';

const NAV_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * Roving focus on the board: each column has one Tab stop (its active card); arrow keys
 * move between cards and columns, Home and End to a column's ends, Enter opens.
 */
export function useBoardKeys(
  groups: BoardGroups,
  closedOpen: boolean,
  open: (jobId: string) => void,
  move: (job: JobRow, stage: StageId) => Promise<JobRow | null>,
  dragging: boolean,
): { nav: BoardNav; activeIds: Partial<Record<GroupId, string>> } {
  const [activeIds, setActiveIds] = useState<Partial<Record<GroupId, string>>>({});
  const scrollers = useRef(new Map<GroupId, (index: number) => void>());
  const pending = useRef<string | null>(null);
  const latest = useRef({ groups, closedOpen, open, move, dragging });
  useLayoutEffect(() => {
    latest.current = { groups, closedOpen, open, move, dragging };
  });

  const setActive = useCallback((group: GroupId, jobId: string) => {
    setActiveIds((ids) => (ids[group] === jobId ? ids : { ...ids, [group]: jobId }));
  }, []);

  const focusCard = useCallback(
    (group: GroupId, jobId: string) => {
      setActive(group, jobId);
      const index = latest.current.groups[group].findIndex((j) => j.id === jobId);
      if (index >= 0) scrollers.current.get(group)?.(index);
      const card = cardElement(document, jobId);
      if (card) {
        pending.current = null;
        card.focus();
      } else pending.current = jobId;
    },
    [setActive],
  );

  const nav = useMemo<BoardNav>(
    () => ({
      setActive,
      focusCard,
      pending,
      register(group, scrollTo) {
        scrollers.current.set(group, scrollTo);
        return () => {
          if (scrollers.current.get(group) === scrollTo) scrollers.current.delete(group);
        };
      },
      open: (jobId) => latest.current.open(jobId),
      move(job, stage) {
        // The card goes to the top of its new column and keeps the focus, so the user can carry on.
        void latest.current.move(job, stage).then((saved) => {
          if (saved) requestAnimationFrame(() => focusCard(groupOf(saved.stage), saved.id));
        });
      },
      onCardKey(event, group, jobId) {
        const { groups: now, closedOpen: shown, dragging: isDragging } = latest.current;
        if (isDragging || event.altKey || event.ctrlKey || event.metaKey) return false;
        if (event.key === 'Enter') {
          event.preventDefault();
          latest.current.open(jobId);
          return true;
        }
        const index = now[group].findIndex((j) => j.id === jobId);
        const to = nextCard(event.key, now, { group, index }, (g) => g !== 'closed' || shown);
        if (!to && !NAV_KEYS.has(event.key)) return false;
        // At the end of a column or the board the key does nothing (and doesn't scroll the page).
        event.preventDefault();
        if (!to) return true;
        focusCard(to.group, now[to.group][to.index].id);
        return true;
      },
    }),
    [setActive, focusCard],
  );
  return { nav, activeIds };
}

