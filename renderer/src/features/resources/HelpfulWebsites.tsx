import { useTranslation } from 'react-i18next';
import { Globe } from 'lucide-react';
import { Section } from '../../ui/PageHeader';
import { LINK_GROUPS } from './links';
import { LinkList } from './LinkList';

/** The websites part of the Resources page: a note that they need the internet, then the groups. */
export function HelpfulWebsites() {
  const { t } = useTranslation();
  return (
    <Section id="websites" title={t('resources.websitesTitle')}>
      <p className="resources__note">
        <Globe className="resources__note-icon" aria-hidden="true" focusable="false" />
        <span>{t('resources.websitesNote')}</span>
      </p>
      <div className="link-groups">
        {LINK_GROUPS.map((group) => (
          <div key={group.id} className="link-group">
            <h3 className="link-group__title">
              {t(`resources.linkGroups.${group.id}`)}
            </h3>
            <LinkList links={group.links} />
          </div>
        ))}
      </div>
    </Section>
  );
}
