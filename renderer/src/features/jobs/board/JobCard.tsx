import { memo, useId, type PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraggable } from '@dnd-kit/core';
import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { JobRow } from '../../../db/rows';
import { MoveMenu } from '../components/MoveMenu';
import type { CardData } from './board-dnd';
import { useBoardNav } from './board-nav';
import { CardBody } from './CardBody';
import type { GroupId } from './group-jobs';

export interface JobCardProps {
  job: JobRow;
  group: GroupId;
  /** The column's one Tab stop (roving focus). */
  active: boolean;
  today: CalendarDate;
  showStage?: boolean;
}

/**
 * A job on the board. The card is one button: Enter or a click opens the job, Space picks
 * it up to move with the arrow keys, a mouse drags it. "Move to…" sits beside it for
 * everyone who can't drag.
 */
export const JobCard = memo(function JobCard({ job, group, active, today, showStage }: JobCardProps) {
  const { t } = useTranslation();
  const nav = useBoardNav();
  const id = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: job.id,
    data: { title: job.title, stage: job.stage } satisfies CardData,
    attributes: { roleDescription: t('jobs.board.cardRole') },
  });
  return (
    <div ref={setNodeRef} className={`job-card stage--${job.stage}${isDragging ? ' job-card--dragging' : ''}`} data-card-id={job.id}>
      <div
        ref={setActivatorNodeRef}
        {...attributes}
        className="job-card__main"
        tabIndex={active ? 0 : -1}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-meta ${attributes['aria-describedby']}`}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler<HTMLDivElement> | undefined}
        onKeyDown={(event) => {
          if (!nav.onCardKey(event, group, job.id)) listeners?.onKeyDown?.(event);
        }}
        onClick={() => nav.open(job.id)}
        onFocus={() => nav.setActive(group, job.id)}
      >
        <CardBody job={job} today={today} titleId={`${id}-title`} metaId={`${id}-meta`} showStage={showStage} />
      </div>
      <div className="job-card__actions">
        <MoveMenu current={job.stage} onMove={(stage) => nav.move(job, stage)} jobLabelId={`${id}-title`} tabIndex={active ? 0 : -1} />
      </div>
    </div>
  );
});
