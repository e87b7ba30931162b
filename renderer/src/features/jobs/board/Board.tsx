import { useCallback, useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { isStageId } from '../../../../../shared/domain/jobs';
import { today as todayDate } from '../../../db/clock';
import type { JobRow } from '../../../db/rows';
import { useJobs } from '../state/jobs-store';
import { useMoveJob } from '../state/use-move-job';
import { OPEN_STAGES } from '../stages';
import { boardAnnouncements, boardDnd } from './board-dnd';
import { BoardNavContext } from './board-nav';
import { BoardColumn } from './BoardColumn';
import { CardBody } from './CardBody';
import { ClosedColumn, ClosedRow, closedTotal } from './ClosedColumn';
import { groupJobs, groupOf, stageCounts } from './group-jobs';
import { useBoardKeys } from './use-board-keys';
import './board.css';

const CLOSED_KEY = 'career-organizer.jobs-closed-open';
// Space picks a card up and puts it down; Enter also puts it down; Esc cancels. Enter alone opens the job.
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };

/** The pipeline as columns: drag cards, move them with the keyboard, or use "Move to…" on each card. */
export function Board() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const byId = useJobs((s) => s.byId);
  const loaded = useJobs((s) => s.loaded);
  const preview = useJobs((s) => s.preview);
  // Until everything is read, the first screen comes from the preview, with each stage's true count.
  const groups = useMemo(() => groupJobs(loaded || !preview ? byId.values() : preview.rows), [byId, loaded, preview]);
  const counts = useMemo(() => (loaded || !preview ? stageCounts(groups) : preview.counts), [groups, loaded, preview]);
  const [closedOpen, setClosedOpen] = useState(() => globalThis.localStorage?.getItem(CLOSED_KEY) === 'true');
  const [dragged, setDragged] = useState<JobRow | null>(null);
  // Where a keyboard drag is heading, shared by the coordinate getter and the collision detection.
  const [dnd] = useState(boardDnd);
  const move = useMoveJob();
  const open = useCallback((jobId: string) => void navigate(`/jobs/${jobId}`, { state: { from: 'board' } }), [navigate]);
  const { nav, activeIds } = useBoardKeys(groups, closedOpen, open, move, dragged !== null);
  const today = todayDate();
  const closedId = useId();

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dnd.coordinates, keyboardCodes: KEYBOARD_CODES }),
  );
  const accessibility = useMemo(
    () => ({ announcements: boardAnnouncements(t), screenReaderInstructions: { draggable: t('jobs.board.dnd.instructions') } }),
    [t],
  );

  const findJob = (id: string) => byId.get(id) ?? preview?.rows.find((j) => j.id === id) ?? null;
  const start = ({ active }: DragStartEvent) => {
    const job = findJob(String(active.id));
    setDragged(job);
    dnd.start(job?.stage ?? null);
  };
  const finish = () => {
    setDragged(null);
    dnd.stop();
  };
  const end = ({ active, over }: DragEndEvent) => {
    const job = findJob(String(active.id));
    const stage = over?.id;
    finish();
    if (job && isStageId(stage) && stage !== job.stage) nav.move(job, stage);
  };
  const toggleClosed = () => {
    setClosedOpen((was) => {
      globalThis.localStorage?.setItem(CLOSED_KEY, String(!was));
      return !was;
    });
  };

  return (
    <DndContext sensors={sensors} collisionDetection={dnd.collisions} accessibility={accessibility} onDragStart={start} onDragEnd={end} onDragCancel={finish}>
      <BoardNavContext.Provider value={nav}>
        <p className="board-hint">{t('jobs.board.hint')}</p>
        {/* data-complete: every job has been read, not just the first screen (the speed benchmark waits for it). */}
        <div className="board" data-complete={loaded}>
          {OPEN_STAGES.map((stage) => (
            <BoardColumn key={stage} stage={stage} jobs={groups[stage]} count={counts[stage]} activeId={activeIds[stage]} today={today} />
          ))}
          {closedOpen ? <ClosedColumn id={closedId} jobs={groups.closed} count={closedTotal(counts)} activeId={activeIds.closed} today={today} /> : null}
        </div>
        <ClosedRow counts={counts} open={closedOpen} listId={closedId} onToggle={toggleClosed} />
      </BoardNavContext.Provider>
      <DragOverlay dropAnimation={null}>
        {dragged ? (
          <div className={`job-card job-card--overlay stage--${dragged.stage}`} data-group={groupOf(dragged.stage)}>
            <div className="job-card__main">
              <CardBody job={dragged} today={today} />
            </div>
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
