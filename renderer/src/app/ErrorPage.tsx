import { isRouteErrorResponse, useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { PageHeader } from '../ui/PageHeader';
import { ButtonLink } from '../ui/ButtonLink';

/** Shown when a page failed to draw (or its address is unknown to the router); never a stack trace. */
export function ErrorPage() {
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  if (!notFound) console.error(error);
  return <ProblemPage notFound={notFound} />;
}

/** The page for an address that matches nothing. */
export function NotFoundPage() {
  return <ProblemPage notFound />;
}

function ProblemPage({ notFound }: { notFound: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeader title={notFound ? t('errors.notFoundTitle') : t('errors.crashTitle')} />
      <p>{notFound ? t('errors.notFoundBody') : t('errors.crashBody')}</p>
      {notFound ? (
        <ButtonLink variant="primary" to="/">
          {t('errors.goHome')}
        </ButtonLink>
      ) : (
        <Button variant="primary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </Button>
      )}
    </div>
  );
}
