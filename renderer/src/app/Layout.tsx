import { Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ToastRegion } from '../ui/Toasts';
import { ScheduleServices } from '../features/schedule/reminders/ScheduleServices';
import { NavRail } from './NavRail';
import { useMenuNavigation } from './use-menu-navigation';
import './layout.css';

/** The frame every page lives in: skip link, navigation rail, main content, toasts. */
export function Layout() {
  const { t } = useTranslation();
  useMenuNavigation();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <NavRail />
      <main id="main" className="layout__main" tabIndex={-1}>
        <Outlet />
      </main>
      <ToastRegion />
      <ScheduleServices />
    </div>
  );
}
