import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Info } from 'lucide-react';
import './top-panels.css';

/** The rule at the top of the log, with the number from Settings and where to change it. */
export function RequirementNote({ target }: { target: number }) {
  const { t } = useTranslation();
  return (
    <section className="requirement" aria-labelledby="requirement-heading">
      <Info className="requirement__icon" aria-hidden="true" />
      <div>
        <h2 id="requirement-heading" className="requirement__title">
          {t('activity.requirement.title')}
        </h2>
        <p>
          {target > 0 ? t('activity.requirement.rule', { count: target }) : t('activity.requirement.noTarget')} {t('activity.requirement.weeks')}
        </p>
        <p>{t('activity.requirement.automatic')}</p>
        <p className="requirement__change">
          <Link to="/settings">{t('activity.requirement.change')}</Link>
        </p>
      </div>
    </section>
  );
}
