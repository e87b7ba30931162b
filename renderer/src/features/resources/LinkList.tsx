import { useTranslation } from 'react-i18next';
import { findLink, type LinkId, type ResourceLink } from './links';
import { ExternalLink } from './ExternalLink';

/** Websites as a list: the name as the link, a one-line description under it. */
export function LinkList({ links }: { links: readonly ResourceLink[] }) {
  const { t } = useTranslation();
  return (
    <ul className="link-list">
      {links.map((link) => (
        <li key={link.id} className="link-list__item">
          <ExternalLink href={link.url}>{t(`resources.links.${link.id}.name`)}</ExternalLink>
          <p className="link-list__description">{t(`resources.links.${link.id}.description`)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The same list for links named by id, as articles do. Unknown ids are skipped rather than shown broken. */
export function LinkListByIds({ ids }: { ids: readonly LinkId[] }) {
  const links = ids.map(findLink).filter((link): link is ResourceLink => link !== undefined);
  return <LinkList links={links} />;
}
