import { describe, expect, it } from 'vitest';
import { elapsedPercent, midPeriod, percentOfPlan } from '../src/server/plans/plan-progress.js';
import { fillPlaceholders, unknownPlaceholders } from '../src/server/documents/fill-placeholders.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('plan progress', () => {
  it('gives % of plan per metric and in total, null where nothing was planned', () => {
    expect(
      percentOfPlan(
        { callsExisting: 3, callsPotential: 0, meetingsExisting: 2, meetingsPotential: 1 },
        { callsExisting: 1, callsPotential: 2, meetingsExisting: 2, meetingsPotential: 0 },
      ),
    ).toEqual({
      callsExisting: 33.3,
      callsPotential: null,
      meetingsExisting: 100,
      meetingsPotential: 0,
      total: 83.3,
    });
  });

  it('finds the mid-period day and the elapsed share of a period (whole days)', () => {
    expect(midPeriod(d('2026-03-01'), d('2026-03-31')).toISOString().slice(0, 10)).toBe('2026-03-16');
    expect(midPeriod(d('2026-03-02'), d('2026-03-08')).toISOString().slice(0, 10)).toBe('2026-03-05');
    expect(elapsedPercent(d('2026-03-01'), d('2026-03-10'), d('2026-03-05'))).toBe(50);
    expect(elapsedPercent(d('2026-03-01'), d('2026-03-10'), d('2026-02-01'))).toBe(0);
    expect(elapsedPercent(d('2026-03-01'), d('2026-03-10'), d('2026-04-01'))).toBe(100);
  });
});

describe('document placeholders', () => {
  it('fills known placeholders and lists unknown ones once', () => {
    expect(
      fillPlaceholders('№ {{ contract.number }} с {{client.name}}: {{ client.taxId }}', {
        'contract.number': 'Л-1',
        'client.name': 'ООО «Ромашка»',
        'client.taxId': '',
      }),
    ).toBe('№ Л-1 с ООО «Ромашка»: —');
    expect(unknownPlaceholders('{{ a }} {{ b }} {{ a }} {{ c.d }}', ['b'])).toEqual(['a', 'c.d']);
  });
});
