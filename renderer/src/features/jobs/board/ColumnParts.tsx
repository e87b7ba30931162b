import { useTranslation } from 'react-i18next';
import { ArrowDownToLine } from 'lucide-react';
import { formatCount } from '../format';
import { stageLabel, type StageId } from '../stages';
import { useLanguage } from '../../../i18n/use-language';

/** "12" on screen; "12 jobs" for screen readers. */
export function ColumnCount({ count }: { count: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <span className="board-column__count" aria-hidden="true">
        {formatCount(count, language)}
      </span>
      <span className="visually-hidden">{t('jobs.board.count', { count })}</span>
    </>
  );
}

/** Said in words (not just a highlight) while a card is dragged over a column. */
export function DropLabel({ stage }: { stage: StageId }) {
  const { t } = useTranslation();
  return (
    <span className="board-column__drop-label" aria-hidden="true">
      <ArrowDownToLine />
      {t('jobs.board.dropHere', { stage: stageLabel(t, stage) })}
    </span>
  );
}
