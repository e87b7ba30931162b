import type { TFunction } from 'i18next';
import { pointerWithin, type Announcements, type CollisionDetection, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { isStageId, STAGES, type StageId } from '../../../../../shared/domain/jobs';
import { stageLabel } from '../stages';

/** What a dragged card carries, for announcements and the drop. */
export interface CardData {
  title: string;
  stage: StageId;
}

/** Where a keyboard drag is heading: its stage, moved by the arrow keys. */
export interface KeyboardTarget {
  current: StageId | null;
}

/**
 * A mouse or finger drops on the column under it. A keyboard drag drops on the stage the
 * arrow keys chose: never on whatever column happens to be nearest to the card's middle.
 */
export function boardCollisions(target: KeyboardTarget): CollisionDetection {
  return (args) => {
    if (args.pointerCoordinates) return pointerWithin(args);
    const id = target.current;
    return id && args.droppableContainers.some((c) => c.id === id) ? [{ id }] : [];
  };
}

/** The keyboard target with the collision detection and coordinate getter that share it, made once per board. */
export function boardDnd(): {
  collisions: CollisionDetection;
  coordinates: KeyboardCoordinateGetter;
  start(stage: StageId | null): void;
  stop(): void;
} {
  const target: KeyboardTarget = { current: null };
  return {
    collisions: boardCollisions(target),
    coordinates: boardKeyboardCoordinates(target),
    start: (stage) => (target.current = stage),
    stop: () => (target.current = null),
  };
}

/** Left and Right move a keyboard drag to the previous or next stage, in board order; the card is drawn there. */
export function boardKeyboardCoordinates(target: KeyboardTarget): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const step = event.code === 'ArrowRight' ? 1 : event.code === 'ArrowLeft' ? -1 : 0;
    if (event.code === 'ArrowUp' || event.code === 'ArrowDown') event.preventDefault();
    if (step === 0 || !target.current) return undefined;
    event.preventDefault();
    const at = STAGES.indexOf(target.current);
    const next = STAGES[Math.max(0, Math.min(STAGES.length - 1, at + step))];
    target.current = next;
    const rect = context.droppableRects.get(next);
    const own = context.collisionRect;
    if (!rect || !own) return undefined;
    // Drawn below a column's heading (and its "Drop to move to …"), or just above a small closed-outcome target, so both stay readable.
    const y = rect.height > 160 ? rect.top + 84 : rect.top - own.height - 8;
    return { x: rect.left + (rect.width - own.width) / 2, y };
  };
}

const data = (active: { data: { current?: Record<string, unknown> } }) => active.data.current as CardData | undefined;
const overStage = (id: UniqueIdentifier | undefined): StageId | null => (isStageId(id) ? id : null);

/** What a screen reader hears while a card is dragged, in the menu language. */
export function boardAnnouncements(t: TFunction): Announcements {
  const label = (stage: StageId) => stageLabel(t, stage);
  return {
    onDragStart: ({ active }) => {
      const card = data(active);
      return card && t('jobs.board.dnd.pickedUp', { title: card.title, stage: label(card.stage) });
    },
    onDragOver: ({ active, over }) => {
      const card = data(active);
      const stage = overStage(over?.id);
      if (!card) return undefined;
      if (!stage) return t('jobs.board.dnd.overNothing', { title: card.title });
      // Over its own column (which is straight after picking it up): say again how to move it.
      if (stage === card.stage) return t('jobs.board.dnd.pickedUp', { title: card.title, stage: label(stage) });
      return t('jobs.board.dnd.over', { title: card.title, stage: label(stage) });
    },
    onDragEnd: ({ active, over }) => {
      const card = data(active);
      const stage = overStage(over?.id);
      if (!card) return undefined;
      return stage && stage !== card.stage
        ? t('jobs.board.dnd.dropped', { title: card.title, stage: label(stage) })
        : t('jobs.board.dnd.stayed', { title: card.title, stage: label(card.stage) });
    },
    onDragCancel: ({ active }) => {
      const card = data(active);
      return card && t('jobs.board.dnd.cancelled', { title: card.title, stage: label(card.stage) });
    },
  };
}
