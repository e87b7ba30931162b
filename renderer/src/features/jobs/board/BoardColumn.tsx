import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import type { CalendarDate, OpenStage } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { STAGE_ICON, stageLabel } from '../stages';
import { CardList } from './CardList';
import { ColumnCount, DropLabel } from './ColumnParts';

export interface BoardColumnProps {
  stage: OpenStage;
  jobs: readonly JobRow[];
  /** How many jobs the stage holds (more than `jobs` while only the first screen is read). */
  count: number;
  activeId: string | undefined;
  today: CalendarDate;
}

/** One open stage: its name, icon and count, and its cards; a drop target for dragged cards. */
export const BoardColumn = memo(function BoardColumn({ stage, jobs, count, activeId, today }: BoardColumnProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const Icon = STAGE_ICON[stage];
  return (
    <section ref={setNodeRef} className={`board-column stage--${stage}${isOver ? ' board-column--over' : ''}`} aria-labelledby={headingId}>
      <div className="board-column__head">
        <h2 id={headingId} className="board-column__title">
          <Icon aria-hidden="true" />
          <span>{stageLabel(t, stage)}</span>
          <ColumnCount count={count} />
        </h2>
        {isOver ? <DropLabel stage={stage} /> : null}
      </div>
      {jobs.length > 0 ? (
        <CardList group={stage} jobs={jobs} activeId={activeId} labelledBy={headingId} today={today} />
      ) : (
        <p className="board-column__empty">{t('jobs.board.emptyColumn')}</p>
      )}
    </section>
  );
});
