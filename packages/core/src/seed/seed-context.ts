import type { DemoLocale } from './data/custom-fields.js';
import type { DemoUserKey } from './data/users.js';
import type { Random } from './random.js';
import { addMinutes, moscowTime } from './dates.js';

/** What every builder of demo records needs: the tenant, the language, the clock and the people. */
export interface SeedContext {
  tenantId: string;
  locale: DemoLocale;
  now: Date;
  random: Random;
  userIds: Record<DemoUserKey, string>;
}

/** The users who own customer records: the two reps carry most of them, the manager some. */
export function pickSalesOwner(ctx: SeedContext): string {
  const key = ctx.random.weighted<DemoUserKey>([
    ['rep1', 40],
    ['rep2', 40],
    ['manager', 20],
  ]);
  return ctx.userIds[key];
}

/** A working-hours moment (Moscow time) `dayOffset` days from today; a past one never after `now`. */
export function workingMoment(ctx: SeedContext, dayOffset: number): Date {
  const { random, now } = ctx;
  const at = moscowTime(now, dayOffset, random.int(9, 18), random.pick([0, 10, 15, 30, 40, 45]));
  if (dayOffset <= 0 && at.getTime() > now.getTime()) return addMinutes(now, -random.int(5, 120));
  return at;
}
