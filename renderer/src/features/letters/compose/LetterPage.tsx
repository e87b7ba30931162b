import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SearchX } from 'lucide-react';
import type { MyDetails } from '../../../../../shared/domain/letters/types';
import type { LetterRecord } from '../../../../../shared/domain/messages';
import { getDb, getMyDetails } from '../../../db';
import { PageHeader } from '../../../ui/PageHeader';
import { loadLetterLinks, type LetterLinks } from '../data/letter-context';
import { BackToLetters } from './BackToLetters';
import { LetterWorkspace } from './LetterWorkspace';
import '../letters.css';

type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed'; reason: string } | { kind: 'ready'; letter: LetterRecord; me: MyDetails; links: LetterLinks };

/**
 * #/letters/:letterId. The draft is read once and then held by the page while the user
 * writes (their typing must never be replaced by a slower copy from the database).
 */
export function LetterPage() {
  const { t } = useTranslation();
  const { letterId = '' } = useParams();
  // The answer is kept with the id it is for: another letter's answer reads as still loading.
  const [answer, setAnswer] = useState<{ id: string; loaded: Loaded }>({ id: '', loaded: { kind: 'loading' } });
  const loaded: Loaded = answer.id === letterId ? answer.loaded : { kind: 'loading' };
  useEffect(() => {
    let live = true;
    const settle = (value: Loaded) => live && setAnswer({ id: letterId, loaded: value });
    (async () => {
      const db = getDb();
      const letter = await db.letters.get(letterId);
      if (!letter) return settle({ kind: 'missing' });
      const [me, links] = await Promise.all([getMyDetails(db), loadLetterLinks(db, letter.jobId, letter.contactId)]);
      settle({ kind: 'ready', letter, me, links });
    })().catch((err: Error) => settle({ kind: 'failed', reason: err.message }));
    return () => {
      live = false;
    };
  }, [letterId]);

  if (loaded.kind === 'ready') return <LetterWorkspace key={loaded.letter.id} initial={loaded.letter} me={loaded.me} links={loaded.links} />;
  return (
    <div className="page letter-page">
      <BackToLetters />
      {loaded.kind === 'loading' ? <p role="status">{t('letters.loading')}</p> : null}
      {loaded.kind === 'failed' ? (
        <p className="letters-failure" role="alert">
          {t('letters.loadFailed', { reason: loaded.reason })}
        </p>
      ) : null}
      {loaded.kind === 'missing' ? (
        <>
          <PageHeader title={t('letters.wizard.notFoundTitle')} />
          <p className="letter-page__missing">
            <SearchX aria-hidden="true" />
            {t('letters.wizard.notFoundBody')}
          </p>
        </>
      ) : null}
    </div>
  );
}
