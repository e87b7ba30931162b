import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';

/** Shown for an unknown address or a page that failed to draw; never a stack trace. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return (
    <div className="page">
      <PageHeader title={notFound ? t('errors.notFoundTitle') : t('errors.crashTitle')} />
      <p>{notFound ? t('errors.notFoundBody') : t('errors.crashBody')}</p>
      {notFound ? (
        <Link className="btn btn--primary" to="/">
          {t('errors.goHome')}
        </Link>
      ) : (
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      )}
    </div>
  );
}
