/** The pipeline in order, then the closed outcomes. Ids are stored, so never rename one. */
export const OPEN_STAGES = ['saved', 'applied', 'interviewing', 'offer', 'accepted'] as const;
/** Ways a job can end other than accepting it. */
export const CLOSED_STAGES = ['declined', 'rejected', 'withdrawn', 'no-response'] as const;
/** Every stage, in board-column order. */
export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;

export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type StageId = (typeof STAGES)[number];

/** English names, for exports and logs that must not depend on the UI language. */
export const STAGE_LABELS_EN: Record<StageId, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  'no-response': 'No response',
};

/** True for a stage id we know (data from files and old versions is checked with it). */
export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/** How far along the pipeline a stage is, 0 (Saved) to 4: every way a job ends is as far as it goes. */
export function stageProgress(stage: StageId): number {
  const open = (OPEN_STAGES as readonly StageId[]).indexOf(stage);
  return open >= 0 ? open : OPEN_STAGES.length - 1;
}

/** True when the job is over: accepted or one of the closed outcomes. */
export function isFinished(stage: StageId): boolean {
  return stage === 'accepted' || (CLOSED_STAGES as readonly string[]).includes(stage);
}
