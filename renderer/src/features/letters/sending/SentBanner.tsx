import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CheckCircle2, Copy } from 'lucide-react';
import type { LetterSent } from '../../../../../shared/domain/messages';
import { useLanguage } from '../../../i18n/use-language';
import { Button } from '../../../ui/Button';
import { formatDay } from '../../contacts/shared/calendar';

/** At the top of a sent letter: when and how it went, and the way to write a similar one. */
export function SentBanner({ sent, onDuplicate }: { sent: LetterSent; onDuplicate(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="sent-banner">
      <CheckCircle2 aria-hidden="true" className="sent-banner__icon" />
      <div className="sent-banner__text">
        <p className="sent-banner__title">{t('letters.send.banner', { date: formatDay(sent.at, language), how: t(`messages.how.sent.${sent.channel}`) })}</p>
        <p>{t('letters.send.bannerHint')}</p>
        <div className="sent-banner__actions">
          <Button icon={<Copy />} onClick={onDuplicate}>
            {t('letters.send.duplicate')}
          </Button>
          <Link to="/messages">{t('letters.send.viewMessages')}</Link>
        </div>
      </div>
    </div>
  );
}
