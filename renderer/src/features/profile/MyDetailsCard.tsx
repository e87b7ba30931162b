import { useTranslation } from 'react-i18next';
import { UserRound } from 'lucide-react';
import { useMyDetails } from './use-my-details';
import './profile.css';
import { ButtonLink } from '../../ui/ButtonLink';

/** A short summary of my details with a link to change them (Settings and the letters list show it). */
export function MyDetailsCard() {
  const { t } = useTranslation();
  const { value: details } = useMyDetails();
  const summary = details ? [details.name, details.email, details.phone].filter(Boolean).join(' · ') : '';
  return (
    <section className="section my-details-card" aria-labelledby="my-details-card-title">
      <h2 id="my-details-card-title" className="section__title">
        {t('profile.card.title')}
      </h2>
      <p className="my-details-card__text">
        <UserRound aria-hidden="true" className="my-details-card__icon" />
        <span>{details && summary ? summary : t('profile.card.empty')}</span>
      </p>
      <ButtonLink variant="secondary" to="/profile">
        {details?.name ? t('profile.card.edit') : t('profile.card.add')}
      </ButtonLink>
    </section>
  );
}
