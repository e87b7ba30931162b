import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Info } from 'lucide-react';
import './top-panels.css';

/** The user's weekly target (from Settings), Washington's rule beside it, and where to change the target. */
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
        <p>{t('activity.requirement.washington')}</p>
        <p>{t('activity.requirement.automatic')}</p>
        <p className="requirement__change">
          <Link to="/settings">{t('activity.requirement.change')}</Link>
        </p>
      </div>
    </section>
  );
}
