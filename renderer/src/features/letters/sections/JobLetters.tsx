import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { letterText } from '../../../../../shared/domain/letters';
import type { StageId } from '../../../../../shared/domain/jobs';
import type { LetterTypeId } from '../../../../../shared/domain/letters/types';
import { getDb, lettersForJob, messagesForJob, type JobRow } from '../../../db';
import { useLive } from '../../jobs/state/use-live';
import { useAdviceLanguage } from '../data/letter-language';
import { Correspondence } from './Correspondence';

/** The letters people most often need at each stage (PRODUCT.md: decline, withdraw, accept…). */
const FOR_STAGE: Partial<Record<StageId, LetterTypeId[]>> = {
  saved: ['cover-letter'],
  applied: ['follow-up', 'withdraw-application'],
  interviewing: ['thank-you', 'decline-interview', 'reschedule-interview'],
  offer: ['accept-offer', 'decline-offer'],
};

/** On the job page: its letters and messages, "Write a letter", and the letters its stage calls for. */
export function JobLetters({ job }: { job: JobRow }) {
  const { t } = useTranslation();
  const text = letterText(useAdviceLanguage());
  const { value: letters } = useLive(() => lettersForJob(getDb(), job.id), [job.id]);
  const { value: messages } = useLive(() => messagesForJob(getDb(), job.id), [job.id]);
  const types = FOR_STAGE[job.stage] ?? [];
  const suggestions = types.length ? (
    <nav className="corr__suggest" aria-label={t('letters.forJob.suggested')}>
      <p className="corr__suggest-title">{t('letters.forJob.suggested')}</p>
      <ul>
        {types.map((type) => (
          <li key={type}>
            <Link to={`/letters/new?type=${type}&job=${encodeURIComponent(job.id)}`}>{text.guides[type].title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  ) : undefined;
  return (
    <Correspondence
      letters={letters}
      messages={messages}
      emptyText={t('letters.forJob.none')}
      write={{ to: `/letters/new?job=${encodeURIComponent(job.id)}`, label: t('letters.forJob.write') }}
      suggestions={suggestions}
    />
  );
}
