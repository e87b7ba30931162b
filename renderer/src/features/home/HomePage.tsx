import { useTranslation } from 'react-i18next';
import { BookOpen, FolderOpen, Settings as SettingsIcon, ShieldCheck } from 'lucide-react';
import { useOpenDataDir } from '../settings/use-open-data-dir';
import { useAppInfo } from '../../stores/settings';
import { Button } from '../../ui/Button';
import { PageHeader, Section } from '../../ui/PageHeader';
import { UpcomingEvents } from './UpcomingEvents';
import './home.css';
import { ButtonLink } from '../../ui/ButtonLink';

/** The first page: what the app is for, that the data stays here, and the first steps. */
export function HomePage() {
  const { t } = useTranslation();
  const info = useAppInfo();
  const openDataDir = useOpenDataDir();
  return (
    <div className="page">
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <UpcomingEvents />
      <Section id="privacy" title={<span className="home__with-icon"><ShieldCheck aria-hidden="true" />{t('home.privacyTitle')}</span>}>
        <p>{t('home.privacyBody')}</p>
        <p>{t('home.dataFolder')}</p>
        <p className="path">{info.dataDir}</p>
        {info.capabilities.openPath ? (
          <Button icon={<FolderOpen />} onClick={openDataDir}>
            {t('home.openDataFolder')}
          </Button>
        ) : null}
      </Section>
      <Section id="first-steps" title={t('home.firstStepsTitle')}>
        <ul className="home__steps">
          <li>
            <BookOpen className="home__step-icon" aria-hidden="true" />
            <p>{t('home.stepAdvice')}</p>
            <ButtonLink variant="secondary" to="/resources">
              {t('home.stepAdviceAction')}
            </ButtonLink>
          </li>
          <li>
            <SettingsIcon className="home__step-icon" aria-hidden="true" />
            <p>{t('home.stepSettings')}</p>
            <ButtonLink variant="secondary" to="/settings">
              {t('home.stepSettingsAction')}
            </ButtonLink>
          </li>
        </ul>
      </Section>
    </div>
  );
}
