import { useCallback, useEffect } from 'react';
import { liveQuery } from 'dexie';
import { STAGES, type StageId } from '../../../../../shared/domain/jobs';
import { getDb, type CareerDb } from '../../../db/career-db';
import { useJobs } from './jobs-store';

/** How many of the most recently changed jobs the board's first screen is drawn from. */
const PREVIEW_SIZE = 400;

let reading: Promise<void> | null = null;

async function readAll(db: CareerDb): Promise<void> {
  try {
    useJobs.getState().replaceAll(await db.jobs.toArray());
  } catch (err) {
    useJobs.getState().setLoadError((err as Error).message);
  }
}

/**
 * 10,000 jobs with their descriptions take a quarter of a second to read. Before that, the
 * board is drawn from the most recently changed jobs (which are the ones at the top of its
 * columns) and each stage's count from the index, both read in a few milliseconds.
 */
async function readPreview(db: CareerDb): Promise<void> {
  if (useJobs.getState().loaded || useJobs.getState().preview) return;
  const [rows, counts] = await Promise.all([
    db.jobs.orderBy('updatedAt').reverse().limit(PREVIEW_SIZE).toArray(),
    Promise.all(STAGES.map((stage) => db.jobs.where('stage').equals(stage).count())),
  ]);
  useJobs.getState().setPreview({ rows, counts: Object.fromEntries(STAGES.map((s, i) => [s, counts[i]])) as Record<StageId, number> });
}

/**
 * Brings the copy up to date: jobs changed since the newest one held are read through the
 * updatedAt index; if the count still differs (a job deleted elsewhere), everything is read again.
 */
async function catchUp(db: CareerDb): Promise<void> {
  const { newest, loaded } = useJobs.getState();
  if (!loaded) return readAll(db);
  const newer = await db.jobs.where('updatedAt').above(newest).toArray();
  if (newer.length > 0) useJobs.getState().upsert(newer);
  if ((await db.jobs.count()) !== useJobs.getState().byId.size) await readAll(db);
}

/** One read or catch-up at a time, so a slow full read can't overwrite a later change. */
function queue(task: () => Promise<void>): Promise<void> {
  const next = (reading ?? Promise.resolve()).then(task, task);
  reading = next;
  return next;
}

/**
 * Keeps the jobs store current while a jobs page is open: one full read the first time,
 * then, whenever the jobs table changes (this page, the add form, an import, another
 * window), only what changed. With `preview`, a first look comes before the full read. Returns a function that reads everything again (after a failure).
 */
export function useJobsSync({ preview = false }: { preview?: boolean } = {}): () => void {
  useEffect(() => {
    const db = getDb();
    if (preview) void queue(() => readPreview(db).catch(() => undefined));
    // The count and the newest change date move on every write or delete; that is all we watch.
    const watch = liveQuery(() => Promise.all([db.jobs.count(), db.jobs.orderBy('updatedAt').lastKey()]));
    const subscription = watch.subscribe({
      next: () => void queue(() => catchUp(db)),
      error: (err: Error) => useJobs.getState().setLoadError(err.message),
    });
    return () => subscription.unsubscribe();
  }, [preview]);
  return useCallback(() => void queue(() => readAll(getDb())), []);
}
