import type { BankConfig } from '../../config.js';

export type ValueTier = 'A' | 'B' | 'C' | 'D';

/** Margin = revenue − cost to serve − risk cost (in cents, so sums stay exact). */
export function marginCents(revenue: string, costToServe: string, riskCost: string): number {
  const cents = (v: string) => Math.round(Number(v) * 100);
  return cents(revenue) - cents(costToServe) - cents(riskCost);
}

/**
 * The value tier of a month's margin ("service by value"): A at or above the tenant's `a` threshold,
 * then B, then C; D below C (unprofitable clients get less effort).
 */
export function valueTierOf(margin: number, thresholds: BankConfig['valueTierThresholds']): ValueTier {
  if (margin >= thresholds.a) return 'A';
  if (margin >= thresholds.b) return 'B';
  if (margin >= thresholds.c) return 'C';
  return 'D';
}
