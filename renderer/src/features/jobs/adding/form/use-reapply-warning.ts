import { useEffect, useState } from 'react';
import type { ReapplyWarning } from '../../../../../../shared/domain/jobs';
import { getDb } from '../../../../db/career-db';
import { reapplyWarningsFor } from '../../../../db/jobs-table';

/** The newest recent rejection or silence at an employer, the day the user applied there, and how many more there are. */
export interface ReapplyNotice {
  warning: ReapplyWarning;
  appliedAt: string | null;
  others: number;
}

const QUIET_MS = 400;

async function lookUp(employer: string): Promise<ReapplyNotice | null> {
  if (employer.trim() === '') return null;
  const db = getDb();
  const [warning, ...others] = await reapplyWarningsFor(db, employer);
  if (!warning) return null;
  // "You applied on …" needs the Applied step, not the day it was marked No response.
  const steps = await db.stageChanges.where('jobId').equals(warning.jobId).toArray();
  const applied = steps.filter((s) => s.stage === 'applied' && !s.dateUnknown).sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return { warning, appliedAt: applied?.at ?? null, others: others.length };
}

/** Looks for a reason to warn about `employer` once the user pauses typing. */
export function useReapplyWarning(employer: string): ReapplyNotice | null {
  const [notice, setNotice] = useState<ReapplyNotice | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      lookUp(employer)
        .then((found) => current && setNotice(found))
        .catch(() => current && setNotice(null)); // a warning is a help, never a blocker
    }, QUIET_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [employer]);
  // Cleared at once when the field is emptied; otherwise the last answer stays until the next one.
  return employer.trim() === '' ? null : notice;
}
