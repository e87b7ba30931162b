import type { TFunction } from 'i18next';
import { BadgeCheck, Bookmark, CircleX, Gift, Hourglass, MessagesSquare, Send, ThumbsDown, Undo2, type LucideIcon } from 'lucide-react';
import { CLOSED_STAGES, OPEN_STAGES, STAGES, type StageId } from '../../../../shared/domain/jobs';

export { CLOSED_STAGES, OPEN_STAGES, STAGES, type StageId };

/** Each stage has its own icon, so a stage is never told by colour alone. */
export const STAGE_ICON: Record<StageId, LucideIcon> = {
  saved: Bookmark,
  applied: Send,
  interviewing: MessagesSquare,
  offer: Gift,
  accepted: BadgeCheck,
  declined: ThumbsDown,
  rejected: CircleX,
  withdrawn: Undo2,
  'no-response': Hourglass,
};

/** The stage's name as job seekers say it, in the menu language. */
export function stageLabel(t: TFunction, stage: StageId): string {
  return t(`jobs.stages.${stage}`);
}

/** True for Declined, Rejected, Withdrawn and No response. */
export function isClosedStage(stage: StageId): boolean {
  return (CLOSED_STAGES as readonly StageId[]).includes(stage);
}
