// Labels put together from a message's template must read exactly as i18next words them.
import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { label } from '../../../../renderer/src/i18n/label-templates';
import { createI18n } from '../../../../renderer/src/i18n';

const chip = { title: 'Entrevista con Café Peña', kind: 'Interview', date: 'Tuesday, March 2', from: '10:00 AM', to: '11:00 AM' };

describe('Labels from message templates', () => {
  for (const language of ['en', 'es'] as const) {
    it(`reads exactly as t() in ${language}: chips, days with their plural forms, and "+N more"`, () => {
      const t = createI18n(language).getFixedT(language) as TFunction;
      const plain = t as unknown as (key: string, options: object) => string;
      for (const key of ['schedule.label.timed', 'schedule.label.allDay', 'schedule.label.allDayRange', 'schedule.label.acrossDays']) {
        for (const title of [chip.title, 'Call back {{title}} $t(schedule.nav)', 'Follow up with Sakura Kitchen 株式会社']) {
          expect(label(t, key, { ...chip, title })).toBe(plain(key, { ...chip, title }));
        }
      }
      for (const count of [0, 1, 2, 5, 1200]) {
        expect(label(t, 'schedule.month.cellLabel', { date: 'martes, 2 de marzo de 2027' }, { count })).toBe(plain('schedule.month.cellLabel', { date: 'martes, 2 de marzo de 2027', count }));
        expect(label(t, 'schedule.month.more', {}, { count })).toBe(plain('schedule.month.more', { count }));
      }
    });
  }

  it('puts values in whatever order a translation names them, and leaves to t() what it cannot split', () => {
    const instance = i18next.createInstance();
    void instance.init({
      lng: 'en',
      initAsync: false,
      interpolation: { escapeValue: false },
      resources: { en: { translation: { reordered: '{{date}}: {{title}}', twice: '{{title}} / {{title}}', without: 'Nothing to say' } } },
    });
    const t = instance.getFixedT('en') as TFunction;
    expect(label(t, 'reordered', { title: 'Job fair', date: 'Friday' })).toBe('Friday: Job fair');
    expect(label(t, 'twice', { title: 'Job fair' })).toBe('Job fair / Job fair');
    expect(label(t, 'without', { title: 'Job fair' })).toBe('Nothing to say');
    expect(label(t, 'reordered', { title: 'odd\u0000title', date: 'Friday' })).toBe('Friday: odd\u0000title');
  });
});
