import { CalendarClock, CalendarDays, GraduationCap, Handshake, Landmark, Megaphone, Reply, Users, type LucideIcon } from 'lucide-react';
import type { EventKind } from '../../../../shared/domain/schedule';
import './kinds.css';

/** Each kind's icon: kinds are told apart by icon and label, never by colour alone (UI.md). */
export const KIND_ICONS: Record<EventKind, LucideIcon> = {
  interview: Handshake,
  'job-centre-appointment': Landmark,
  workshop: GraduationCap,
  'hiring-event': Megaphone,
  networking: Users,
  'application-deadline': CalendarClock,
  'follow-up': Reply,
  other: CalendarDays,
};

/** The icon of a kind, hidden from screen readers (the event's label names the kind). */
export function KindIcon({ kind, className }: { kind: EventKind; className?: string }) {
  const Icon = KIND_ICONS[kind];
  return <Icon aria-hidden="true" className={className} />;
}
