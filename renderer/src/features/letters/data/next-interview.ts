import type { CalendarDate } from '../../../../../shared/domain/jobs';
import type { CareerDb } from '../../../db/career-db';
import type { JobRow } from '../../../db/rows';

/** The few event fields read here; the schedule owns the full record. */
interface InterviewLike {
  kind?: unknown;
  start?: unknown;
  jobId?: unknown;
  outcome?: unknown;
}

// A next action that names an interview ("Interview Tuesday 10 am", "Entrevista el martes").
const INTERVIEW_WORDS = /\b(interview|entrevista)/i;

/**
 * When the job's next interview is, for the "act quickly" advice: the schedule's earliest
 * interview for the job from today on (when the schedule exists), else the job's next
 * action when it is about an interview, else null (the advice then says "as soon as you can").
 */
export async function nextInterviewFor(db: CareerDb, job: JobRow, today: CalendarDate): Promise<string | null> {
  if (db.tables.some((table) => table.name === 'events')) {
    const events = (await db.table('events').where('jobId').equals(job.id).toArray()) as InterviewLike[];
    const starts = events
      .filter((e) => e.kind === 'interview' && e.outcome !== 'cancelled' && typeof e.start === 'string' && e.start.slice(0, 10) >= today)
      .map((e) => e.start as string)
      .sort();
    if (starts.length > 0) return starts[0];
  }
  const action = job.nextAction;
  if (action?.due && action.due >= today && INTERVIEW_WORDS.test(action.text)) return action.due;
  return null;
}
