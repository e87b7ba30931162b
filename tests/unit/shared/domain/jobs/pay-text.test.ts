import { describe, expect, it } from 'vitest';
import { parseAmount, readPay } from '../../../../../shared/domain/jobs';

describe('readPay', () => {
  it.each([
    ['55,000', 55000],
    ['18,50', 18.5],
    ['1.234,56', 1234.56],
    ['55.000', 55000],
    ['20.5', 20.5],
    ['1 200', 1200],
  ])('reads the amount %s as %d', (raw, value) => expect(parseAmount(raw)).toBe(value));

  it.each([
    ['$18–$22 an hour', 18, 22, 'hour', 'USD'],
    ['$18 - 22/hr', 18, 22, 'hour', 'USD'],
    ['USD 50,000 to 60,000 per year', 50000, 60000, 'year', 'USD'],
    ['$4,000/mo', 4000, 4000, 'month', 'USD'],
    ['$900 weekly', 900, 900, 'week', 'USD'],
    ['$150 a day', 150, 150, 'day', 'USD'],
    ['$22 - $18 an hour', 18, 22, 'hour', 'USD'],
    ['£25,000 per annum', 25000, 25000, 'year', 'GBP'],
    ['C$21 hourly', 21, 21, 'hour', 'CAD'],
    ['desde $16 la hora', 16, null, 'hour', 'USD'],
    ['hasta $30 por hora', null, 30, 'hour', 'USD'],
    ['$16 a $19 por hora', 16, 19, 'hour', 'USD'],
  ])('%s', (text, min, max, period, currency) => {
    expect(readPay(text)?.pay).toEqual({ min, max, period, currency });
  });

  it('needs a currency unless the line was labelled as pay', () => {
    expect(readPay('2 years of experience')).toBeNull();
    expect(readPay('20.50/hr')).toBeNull();
    expect(readPay('20.50/hr', true)?.pay).toEqual({ min: 20.5, max: 20.5, period: 'hour', currency: 'USD' });
    expect(readPay('Competitive', true)).toBeNull();
  });
});
