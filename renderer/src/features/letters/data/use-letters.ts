import { useCallback } from 'react';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { getDb, listLetters, type JobRow } from '../../../db';
import { useLiveQuery } from '../../contacts/shared/use-live-query';

/** Every letter, newest change first, with the jobs they are about (for their titles). */
export interface LettersData {
  letters: LetterRecord[];
  jobs: ReadonlyMap<string, JobRow>;
}

/** The letters list, kept current as letters and jobs change anywhere. */
export function useLetters() {
  const load = useCallback(async (): Promise<LettersData> => {
    const db = getDb();
    const letters = await listLetters(db);
    const jobIds = [...new Set(letters.map((l) => l.jobId).filter((id): id is string => id !== null))];
    const jobs = (await db.jobs.bulkGet(jobIds)).filter((j): j is JobRow => j !== undefined);
    return { letters, jobs: new Map(jobs.map((j) => [j.id, j])) };
  }, []);
  return useLiveQuery(load);
}
