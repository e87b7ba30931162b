import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { Archive, ChevronDown, ChevronRight } from 'lucide-react';
import type { CalendarDate, ClosedStage, StageId } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { formatCount } from '../format';
import { CLOSED_STAGES, STAGE_ICON, stageLabel } from '../stages';
import { useLanguage } from '../../../i18n/use-language';
import { CardList } from './CardList';
import { ColumnCount } from './ColumnParts';

/** How many closed jobs there are in all. */
export function closedTotal(counts: Record<StageId, number>): number {
  return CLOSED_STAGES.reduce((n, stage) => n + counts[stage], 0);
}

export interface ClosedRowProps {
  counts: Record<StageId, number>;
  open: boolean;
  listId: string;
  onToggle(): void;
}

/**
 * Below the columns: Declined, Rejected, Withdrawn and No response, each a drop target with
 * its icon, name and count, and the button that shows or hides the closed jobs themselves.
 */
export function ClosedRow({ counts, open, listId, onToggle }: ClosedRowProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const total = closedTotal(counts);
  const Chevron = open ? ChevronDown : ChevronRight;
  return (
    <section className="closed-row" aria-labelledby={headingId}>
      <h2 id={headingId} className="closed-row__title">
        <Archive aria-hidden="true" />
        <span>{t('jobs.board.closed')}</span>
        <ColumnCount count={total} />
      </h2>
      <div className="closed-zones">
        {CLOSED_STAGES.map((stage) => (
          <ClosedZone key={stage} stage={stage} count={counts[stage]} />
        ))}
      </div>
      <button type="button" className="closed-toggle" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={onToggle}>
        <Chevron aria-hidden="true" />
        {open ? t('jobs.board.hideClosed') : t('jobs.board.showClosed', { count: total })}
      </button>
    </section>
  );
}

/** One way a job can end, as a drop target with its icon, name and count. */
function ClosedZone({ stage, count }: { stage: ClosedStage; count: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const Icon = STAGE_ICON[stage];
  return (
    <div ref={setNodeRef} className={`closed-zone stage--${stage}${isOver ? ' closed-zone--over' : ''}`}>
      <Icon aria-hidden="true" />
      <span className="closed-zone__label">{stageLabel(t, stage)}</span>
      <span className="closed-zone__count" aria-hidden="true">
        {formatCount(count, language)}
      </span>
      <span className="visually-hidden">{t('jobs.board.count', { count })}</span>
    </div>
  );
}

export interface ClosedColumnProps {
  id: string;
  jobs: readonly JobRow[];
  count: number;
  activeId: string | undefined;
  today: CalendarDate;
}

/** The closed jobs as one more column (when the user shows them), each card saying how it ended. */
export const ClosedColumn = memo(function ClosedColumn({ id, jobs, count, activeId, today }: ClosedColumnProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section id={id} className="board-column board-column--closed" aria-labelledby={headingId}>
      <div className="board-column__head">
        <h2 id={headingId} className="board-column__title">
          <Archive aria-hidden="true" />
          <span>{t('jobs.board.closedJobs')}</span>
          <ColumnCount count={count} />
        </h2>
      </div>
      {jobs.length > 0 ? (
        <CardList group="closed" jobs={jobs} activeId={activeId} labelledBy={headingId} today={today} showStage />
      ) : (
        <p className="board-column__empty">{t('jobs.board.emptyClosed')}</p>
      )}
    </section>
  );
});
