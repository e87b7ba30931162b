import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, Copy, TriangleAlert, type LucideIcon } from 'lucide-react';
import type { ImportOutcome } from '../../../../../shared/contract';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useImports } from './import-store';
import './importing.css';

/** Every file of the last import the user asked about: added, already there (and which document it matches), or not added and why. */
export function ImportDetailsDialog() {
  const { t } = useTranslation();
  const report = useImports((s) => s.details);
  const close = () => useImports.getState().showDetails(null);
  const of = <S extends ImportOutcome['status']>(status: S) =>
    (report?.outcomes ?? []).filter((o): o is Extract<ImportOutcome, { status: S }> => o.status === status);
  const skipped = of('skipped');
  const duplicates = of('duplicate');
  const added = of('added');
  return (
    <Dialog
      open={report !== null}
      title={t('documents.importing.dialogTitle')}
      closeLabel={t('documents.importing.close')}
      onClose={close}
      actions={
        <Button variant="primary" onClick={close}>
          {t('documents.importing.close')}
        </Button>
      }
    >
      {skipped.length > 0 ? (
        <OutcomeGroup icon={TriangleAlert} tone="problem" heading={t('documents.importing.skippedHeading')}>
          <p className="import-details__advice">{t('documents.importing.skippedAdvice')}</p>
          <ul className="import-details__list">
            {skipped.map((o, i) => (
              <li key={`${o.name}-${i}`}>
                <span className="import-details__name">{o.name}</span>
                <span className="import-details__why">{o.reason}</span>
              </li>
            ))}
          </ul>
        </OutcomeGroup>
      ) : null}
      {duplicates.length > 0 ? (
        <OutcomeGroup icon={Copy} tone="info" heading={t('documents.importing.duplicateHeading')}>
          <ul className="import-details__list">
            {duplicates.map((o, i) => (
              <li key={`${o.name}-${i}`}>
                <span className="import-details__name">{o.name}</span>
                <span className="import-details__why">{t('documents.importing.matches', { title: o.title })}</span>
              </li>
            ))}
          </ul>
        </OutcomeGroup>
      ) : null}
      {added.length > 0 ? (
        <OutcomeGroup icon={CircleCheck} tone="done" heading={t('documents.importing.addedHeading')}>
          <ul className="import-details__list">
            {added.map((o) => (
              <li key={o.versionId}>
                <span className="import-details__name">{o.name}</span>
              </li>
            ))}
          </ul>
        </OutcomeGroup>
      ) : null}
    </Dialog>
  );
}

function OutcomeGroup(props: { icon: LucideIcon; tone: 'problem' | 'info' | 'done'; heading: string; children: ReactNode }) {
  const Icon = props.icon;
  return (
    <section className={`import-details__group import-details__group--${props.tone}`}>
      <h3 className="import-details__heading">
        <Icon aria-hidden="true" className="import-details__icon" />
        {props.heading}
      </h3>
      {props.children}
    </section>
  );
}
