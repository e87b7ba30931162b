import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ArrowRight } from 'lucide-react';
import type { JobRow } from '../../../db/rows';
import { Button } from '../../../ui/Button';
import { useMoveJob } from '../../jobs/state/use-move-job';

/**
 * After an interview is scheduled for a job still at Saved or Applied: "Move this job to
 * Interviewing?" It is a question, not a silent change; the move itself has Undo.
 */
export function MoveToInterviewing({ job, onDone }: { job: JobRow; onDone(): void }) {
  const { t } = useTranslation();
  const move = useMoveJob();
  const box = useRef<HTMLDivElement>(null);
  // The question appears as the dialog closes; focus goes to it once the dialog has handed focus back, so keyboard users find it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => box.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <div ref={box} className="job-events__offer" role="group" tabIndex={-1} aria-labelledby="job-events-offer">
      <p id="job-events-offer">{t('schedule.fromJob.offerMove', { title: job.title })}</p>
      <div className="job-section__buttons">
        <Button
          variant="primary"
          icon={<ArrowRight />}
          onClick={() => {
            onDone();
            void move(job, 'interviewing');
          }}
        >
          {t('schedule.fromJob.moveToInterviewing')}
        </Button>
        <Button onClick={onDone}>{t('schedule.fromJob.notNow')}</Button>
      </div>
    </div>
  );
}
