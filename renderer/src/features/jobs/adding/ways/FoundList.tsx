import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleHelp, Sparkles, type LucideIcon } from 'lucide-react';
import type { Confidence, PostingGuess } from '../../../../../../shared/domain/jobs';
import { formatPay, useLocale } from '../format';

const FIELDS = ['title', 'employer', 'location', 'workplace', 'pay'] as const;
const CONFIDENCE_ICONS: Record<Confidence, LucideIcon> = { high: CircleCheck, medium: CircleHelp, low: Sparkles };

/** "What we found": each detail as "We think …", with how sure we are in words and an icon; then what we could not find. */
export function FoundList({ found, ref }: { found: PostingGuess; ref: Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const valueOf = (field: (typeof FIELDS)[number]): string | null => {
    if (field === 'pay') return found.pay ? formatPay(found.pay.value, locale, t) : null;
    if (field === 'workplace') return found.workplace ? t(`jobsAdding.workplaces.${found.workplace.value}`) : null;
    return found[field]?.value ?? null;
  };
  const present = FIELDS.filter((f) => found[f]);
  const missing = FIELDS.filter((f) => !found[f] && f !== 'workplace');
  const list = new Intl.ListFormat(locale, { type: 'disjunction' });
  return (
    <section className="found" aria-labelledby="add-job-found-title">
      <h2 id="add-job-found-title" ref={ref} tabIndex={-1} className="found__title">
        {t('jobsAdding.paste.foundTitle')}
      </h2>
      {present.length === 0 ? (
        <p>{t('jobsAdding.paste.nothingFound')}</p>
      ) : (
        <>
          <p>{t('jobsAdding.paste.foundIntro')}</p>
          <ul className="found__list">
            {present.map((field) => {
              const confidence = found[field]!.confidence;
              const Icon = CONFIDENCE_ICONS[confidence];
              return (
                <li key={field} className={`found__item found__item--${confidence}`}>
                  <span>{t('jobsAdding.paste.weThink', { field: t(`jobsAdding.paste.fields.${field}`), value: valueOf(field) })}</span>
                  <span className="found__confidence">
                    <Icon aria-hidden="true" />
                    {t(`jobsAdding.paste.confidence.${confidence}`)}
                  </span>
                </li>
              );
            })}
          </ul>
          {missing.length > 0 ? (
            <p>{t('jobsAdding.paste.notFound', { count: missing.length, fields: list.format(missing.map((f) => t(`jobsAdding.paste.fields.${f}`))) })}</p>
          ) : null}
        </>
      )}
      <p className="found__note">{t('jobsAdding.paste.descriptionNote')}</p>
    </section>
  );
}
