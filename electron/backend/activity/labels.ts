import type { Settings } from '../../../shared/contract/settings';

/** Every word printed on the log that isn't the user's own, in one language. */
export interface LogLabels {
  locale: string;
  title: string;
  name: string;
  claimId: string;
  dates: string;
  requirement(target: number): string;
  summary(activities: number, weeks: number, met: number, target: number): string;
  created: string;
  weekOf(start: string, end: string): string;
  weekDone(done: number, target: number): string;
  partial(from: string, to: string): string;
  columns: [string, string, string, string, string, string];
  noneThisWeek: string;
  noneInRange(from: string, to: string): string;
  continued: string;
  keep: string;
  page(n: number, total: number): string;
  shortened: string;
  fileName(from: string, to: string): string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: LogLabels = {
  locale: 'en-US',
  title: 'Job search log',
  name: 'Name',
  claimId: 'Claimant ID',
  dates: 'Dates',
  requirement: (t) => (t > 0 ? `Requirement: at least ${plural(t, 'job-search activity', 'job-search activities')} each week (Sunday to Saturday)` : 'No weekly requirement is set'),
  summary: (a, w, m, t) => `${plural(a, 'activity', 'activities')} in ${plural(w, 'week', 'weeks')}${t > 0 ? ` · ${m} of ${w} met the requirement` : ''}`,
  created: 'Created',
  weekOf: (s, e) => `Week of ${s} – ${e}`,
  weekDone: (d, t) => (t > 0 ? `${d} of ${t} done · ${d >= t ? 'requirement met' : `${t - d} short`}` : plural(d, 'activity', 'activities')),
  partial: (f, t) => `only ${f} – ${t} are in this log`,
  columns: ['Date', 'Activity', 'Employer or organization', 'Contact person and method', 'Position', 'Result'],
  noneThisWeek: 'No activities recorded this week.',
  noneInRange: (f, t) => `No job-search activities were recorded between ${f} and ${t}.`,
  continued: '(continued)',
  keep: 'Keep this record until 30 days after your benefit year ends.',
  page: (n, t) => `Page ${n} of ${t}`,
  shortened: '… (shortened)',
  fileName: (f, t) => `Job search log ${f} to ${t}.pdf`,
};

const es: LogLabels = {
  locale: 'es-US',
  title: 'Registro de búsqueda de empleo',
  name: 'Nombre',
  claimId: 'N.º de solicitante',
  dates: 'Fechas',
  requirement: (t) => (t > 0 ? `Requisito: al menos ${plural(t, 'actividad', 'actividades')} de búsqueda de empleo cada semana (de domingo a sábado)` : 'No hay un requisito semanal'),
  summary: (a, w, m, t) => `${plural(a, 'actividad', 'actividades')} en ${plural(w, 'semana', 'semanas')}${t > 0 ? ` · ${m} de ${w} cumplieron el requisito` : ''}`,
  created: 'Creado',
  weekOf: (s, e) => `Semana del ${s} al ${e}`,
  weekDone: (d, t) => (t > 0 ? `${d} de ${t} hechas · ${d >= t ? 'requisito cumplido' : `faltan ${t - d}`}` : plural(d, 'actividad', 'actividades')),
  partial: (f, t) => `solo ${f} – ${t} están en este registro`,
  columns: ['Fecha', 'Actividad', 'Empleador u organización', 'Persona de contacto y medio', 'Puesto', 'Resultado'],
  noneThisWeek: 'No se registraron actividades esta semana.',
  noneInRange: (f, t) => `No se registraron actividades de búsqueda de empleo entre el ${f} y el ${t}.`,
  continued: '(continuación)',
  keep: 'Guarde este registro hasta 30 días después de que termine su año de beneficios.',
  page: (n, t) => `Página ${n} de ${t}`,
  shortened: '… (acortado)',
  fileName: (f, t) => `Registro de búsqueda de empleo ${f} a ${t}.pdf`,
};

/** The labels for the user's language. */
export function labelsFor(language: Settings['language']): LogLabels {
  return language === 'es' ? es : en;
}

/** Formats a YYYY-MM-DD day for print, read as a calendar day (no time-zone shift). */
export function formatDay(day: string, locale: string, style: 'long' | 'short' | 'row'): string {
  const [y, m, d] = day.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }
      : style === 'short'
        ? { month: 'short', day: 'numeric', year: 'numeric' }
        : { weekday: 'short', month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
