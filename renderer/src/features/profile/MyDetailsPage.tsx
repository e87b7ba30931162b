import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useToasts } from '../../stores/toasts';
import { PageHeader } from '../../ui/PageHeader';
import { MyDetailsForm } from './MyDetailsForm';
import { useMyDetails } from './use-my-details';

/** #/profile: the user's own details, on a page of their own. */
export function MyDetailsPage() {
  const { t } = useTranslation();
  const details = useMyDetails();
  let body;
  if (details.error && !details.loaded) {
    body = (
      <p role="alert" className="my-details-form__failure">
        {t('profile.loadFailed', { reason: details.error })}
      </p>
    );
  } else if (!details.value) {
    body = <p role="status">{t('profile.loading')}</p>;
  } else {
    body = (
      <section className="section my-details-page__form" aria-label={t('profile.title')}>
        <MyDetailsForm
          initial={details.value}
          submitLabel={t('profile.form.save')}
          onSaved={() => useToasts.getState().show({ tone: 'success', message: t('profile.form.saved') })}
        />
      </section>
    );
  }
  return (
    <div className="page my-details-page">
      <PageHeader title={t('profile.title')} intro={t('profile.intro')} />
      <p className="my-details-page__privacy">{t('profile.privacy')}</p>
      {body}
      <p>
        <Link to="/letters">{t('profile.toLetters')}</Link>
      </p>
    </div>
  );
}
