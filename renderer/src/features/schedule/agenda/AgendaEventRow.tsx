import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MapPin } from 'lucide-react';
import type { Occurrence } from '../../../../../shared/domain/schedule';
import { useLanguage } from '../../../i18n/use-language';
import { occurrenceLabel, occurrenceWhen } from '../dates/format';
import { KindIcon } from '../kinds';
import { occurrencePath } from '../paths';

/** One event in the agenda: when, what, where; a link to its page. */
export function AgendaEventRow({ occurrence, tabbable, onFocus }: { occurrence: Occurrence; tabbable: boolean; onFocus(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { event } = occurrence;
  return (
    <Link
      to={occurrencePath(occurrence)}
      className={`agenda__event event-chip--${event.kind}${event.outcome === 'cancelled' ? ' event-chip--cancelled' : ''}`}
      tabIndex={tabbable ? 0 : -1}
      aria-label={occurrenceLabel(t, occurrence, language)}
      onFocus={onFocus}
    >
      <span className="agenda__when">{occurrenceWhen(t, occurrence, language)}</span>
      <span className="agenda__what">
        <KindIcon kind={event.kind} className="agenda__icon" />
        <span className="agenda__title">{event.title}</span>
        <span className="agenda__kind">{t(`schedule.kinds.${event.kind}`)}</span>
      </span>
      {event.location ? (
        <span className="agenda__where">
          <MapPin aria-hidden="true" />
          {event.location}
        </span>
      ) : null}
    </Link>
  );
}
