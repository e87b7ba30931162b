import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { UserRound } from 'lucide-react';
import { useMyDetails } from '../../profile/use-my-details';

/** Under the letters page's title: whose name the letters carry, and the way to My details. */
export function MyDetailsLine() {
  const { t } = useTranslation();
  const { value: me } = useMyDetails();
  if (!me) return null;
  return (
    <p className={`letters-me${me.name ? '' : ' letters-me--missing'}`}>
      <UserRound aria-hidden="true" className="letters-me__icon" />
      <span>{me.name ? t('letters.signedAs', { name: me.name }) : t('letters.noDetails')}</span>
      <Link to="/profile">{me.name ? t('letters.changeDetails') : t('letters.addDetails')}</Link>
    </p>
  );
}
