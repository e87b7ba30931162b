import { z } from 'zod';

/** How often the amount is paid. */
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

// Full-time equivalents, so a filter for "at least $20 an hour" can compare a yearly salary.
const PER_YEAR: Record<PayPeriod, number> = { hour: 2080, day: 260, week: 52, month: 12, year: 1 };

const amount = z.number().finite().nonnegative('Pay cannot be negative.').max(1e9, 'That pay is too large.');

/** A pay range; either end may be unknown ("up to $25 an hour"). */
export const PaySchema = z
  .object({
    min: amount.nullable(),
    max: amount.nullable(),
    period: z.enum(PAY_PERIODS).nullable(),
    /** ISO 4217 code, such as USD or MXN. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'Currency must be a three-letter code such as USD.'),
  })
  .refine((p) => p.min !== null || p.max !== null, 'Pay needs at least one amount.')
  .refine((p) => p.min === null || p.max === null || p.min <= p.max, 'The lowest pay is above the highest.');
export type Pay = z.infer<typeof PaySchema>;

/** The pay over a full-time year, from the top of the range; null when the period is unknown. */
export function yearlyPay(pay: Pay): number | null {
  const top = pay.max ?? pay.min;
  if (top === null || pay.period === null) return null;
  return top * PER_YEAR[pay.period];
}

/** Converts an amount per `period` to a full-time yearly amount. */
export function toYearly(amountPerPeriod: number, period: PayPeriod): number {
  return amountPerPeriod * PER_YEAR[period];
}
