import { useTranslation } from 'react-i18next';
import { PencilLine, TriangleAlert, type LucideIcon } from 'lucide-react';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import type { RowIssue } from '../data/csv';
import { rowProblemText } from './row-problem-text';

// A file with 50,000 bad rows must not make a dialog with 50,000 items.
const SHOWN = 500;

/** Every row not imported, and every row changed on the way in, by row number with the reason. */
export function RowDetailsDialog({ open, onClose, skipped, changed }: { open: boolean; onClose(): void; skipped: RowIssue[]; changed: RowIssue[] }) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={open}
      title={t('jobsAdding.import.detailsTitle')}
      closeLabel={t('jobsAdding.import.close')}
      onClose={onClose}
      actions={
        <Button variant="primary" onClick={onClose}>
          {t('jobsAdding.import.close')}
        </Button>
      }
    >
      {skipped.length > 0 ? (
        <RowGroup
          icon={TriangleAlert}
          tone="problem"
          heading={t('jobsAdding.import.skippedHeading')}
          rows={skipped}
          advice={t(skipped.every((issue) => issue.problem.code === 'alreadyInList') ? 'jobsAdding.import.skippedAdviceDuplicates' : 'jobsAdding.import.skippedAdvice')}
        />
      ) : null}
      {changed.length > 0 ? <RowGroup icon={PencilLine} tone="info" heading={t('jobsAdding.import.changedHeading')} rows={changed} /> : null}
    </Dialog>
  );
}

function RowGroup({ icon: Icon, tone, heading, rows, advice }: { icon: LucideIcon; tone: 'problem' | 'info'; heading: string; rows: RowIssue[]; advice?: string }) {
  const { t } = useTranslation();
  return (
    <section className={`row-details row-details--${tone}`}>
      <h3 className="row-details__heading">
        <Icon aria-hidden="true" />
        {heading}
      </h3>
      {advice ? <p className="row-details__advice">{advice}</p> : null}
      <ul className="row-details__list">
        {rows.slice(0, SHOWN).map((issue, i) => (
          <li key={`${issue.row}-${i}`}>
            <span className="row-details__row">{t('jobsAdding.import.rowReason', { row: issue.row })}</span>
            <span>{rowProblemText(t, issue.problem)}</span>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN ? <p>{t('jobsAdding.import.moreRows', { count: rows.length - SHOWN })}</p> : null}
    </section>
  );
}
