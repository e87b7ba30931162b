import type { KeyboardEvent } from 'react';
import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PanelLeftClose, PanelLeftOpen } from 'lucide-react';
import { useUi } from '../stores/ui';
import { NAV_GROUPS, NAV_SETTINGS, type NavItem } from './navigation';
import './nav-rail.css';

/** Up/Down arrows move between the rail's links, Home/End jump to the ends; Tab still works. */
function moveFocus(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
  if (!keys.includes(event.key)) return;
  const links = Array.from(event.currentTarget.querySelectorAll<HTMLAnchorElement>('a.nav-link'));
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (index < 0) return;
  event.preventDefault();
  const last = links.length - 1;
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? last : event.key === 'ArrowDown' ? Math.min(last, index + 1) : Math.max(0, index - 1);
  links[next].focus();
}

/** The left navigation rail: grouped links, the current page marked by a bar, bold text and aria-current. */
export function NavRail() {
  const { t } = useTranslation();
  const collapsed = useUi((s) => s.railCollapsed);
  const toggle = useUi((s) => s.toggleRail);
  const Toggle = collapsed ? PanelLeftOpen : PanelLeftClose;
  return (
    // The column paints the rail's background the whole height of long pages; the nav inside stays in view.
    <div className={`nav-rail-column${collapsed ? ' nav-rail-column--collapsed' : ''}`}>
      <nav className="nav-rail" aria-label={t('nav.label')} onKeyDown={moveFocus}>
        <div className="nav-rail__top">
          <span className="nav-rail__brand" aria-hidden={collapsed}>
            {collapsed ? '' : t('app.name')}
          </span>
          <button
            type="button"
            className="nav-rail__toggle"
            onClick={toggle}
            aria-expanded={!collapsed}
            aria-label={collapsed ? t('nav.expand') : t('nav.collapse')}
            title={collapsed ? t('nav.expand') : t('nav.collapse')}
          >
            <Toggle aria-hidden="true" />
          </button>
        </div>
        <div className="nav-rail__groups">
          {NAV_GROUPS.map((group) => (
            <div key={group.id} className="nav-group" role="group" aria-labelledby={`nav-group-${group.id}`}>
              <h2 id={`nav-group-${group.id}`} className={collapsed ? 'visually-hidden' : 'nav-group__label'}>
                {t(group.labelKey)}
              </h2>
              <ul className="nav-group__list">
                {group.items.map((item) => (
                  <li key={item.to}>
                    <RailLink item={item} collapsed={collapsed} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <ul className="nav-group__list nav-rail__bottom">
          <li>
            <RailLink item={NAV_SETTINGS} collapsed={collapsed} />
          </li>
        </ul>
      </nav>
    </div>
  );
}

function RailLink({ item, collapsed }: { item: NavItem; collapsed: boolean }) {
  const { t } = useTranslation();
  const label = t(item.labelKey);
  const Icon = item.icon;
  return (
    <NavLink to={item.to} end={item.end} className="nav-link" title={collapsed ? label : undefined}>
      <Icon className="nav-link__icon" aria-hidden="true" />
      <span className={collapsed ? 'visually-hidden' : 'nav-link__label'}>{label}</span>
    </NavLink>
  );
}
