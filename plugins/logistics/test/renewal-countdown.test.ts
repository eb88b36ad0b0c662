import { describe, expect, it } from 'vitest';
import { nextTermEnd, renewalCountdown } from '../src/server/contracts/renewal-countdown.js';

const today = new Date('2026-03-01T15:30:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('contract renewal countdown (90 / 60 / notice − 7 days)', () => {
  it.each([
    ['2026-09-01', 30, 'later'],
    ['2026-05-30', 30, 'prepare'],
    ['2026-04-30', 10, 'remind'],
    ['2026-04-30', 55, 'escalate'],
    ['2026-04-30', 61, 'notice_passed'],
    ['2026-02-28', 0, 'ended'],
  ] as const)('a contract ending %s with %i notice days is at %s', (endsOn, noticeDays, stage) => {
    expect(renewalCountdown({ endsOn: day(endsOn), noticeDays }, today).stage).toBe(stage);
  });

  it('counts whole days to the end and to the notice deadline', () => {
    const countdown = renewalCountdown({ endsOn: day('2026-04-30'), noticeDays: 30 }, today);
    expect(countdown).toEqual({
      daysToEnd: 60,
      noticeDeadline: day('2026-03-31'),
      daysToNotice: 30,
      stage: 'remind',
    });
  });

  it('renews for the same number of months', () => {
    expect(nextTermEnd(day('2026-03-31'), 12)).toEqual(day('2027-03-31'));
  });
});
