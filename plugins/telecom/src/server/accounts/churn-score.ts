/** What drives a client's churn-risk score (VERTICALS.md, telecom: 3 tickets in 30 days). */
export interface ChurnFacts {
  ticketsInWindow: number;
  breachedInWindow: number;
  criticalInWindow: number;
}

/**
 * A 0–100 churn-risk score: each ticket in the window counts 60 / `ticketsToFlag` (so the flagging
 * count reaches 60, the default threshold), each SLA breach 10, each critical ticket 5.
 */
export function churnScore(facts: ChurnFacts, ticketsToFlag: number): number {
  const score =
    (facts.ticketsInWindow * 60) / ticketsToFlag + facts.breachedInWindow * 10 + facts.criticalInWindow * 5;
  return Math.min(100, Math.round(score));
}

export function churnDrivers(facts: ChurnFacts): { driver: string; value: number }[] {
  return [
    { driver: 'ticketsInWindow', value: facts.ticketsInWindow },
    { driver: 'slaBreaches', value: facts.breachedInWindow },
    { driver: 'criticalTickets', value: facts.criticalInWindow },
  ].filter((d) => d.value > 0);
}
