import { createHash } from 'node:crypto';

/**
 * Whether a client lands in the campaign's holdout (control) group: a stable pseudo-random draw from
 * the campaign and plan ids, so adding members again never moves anyone between groups, and each
 * client is held out with probability `percent` / 100.
 */
export function isHeldOut(campaignId: string, planId: string, percent: number): boolean {
  const digest = createHash('sha256').update(`${campaignId}:${planId}`).digest();
  return digest.readUInt32BE(0) % 100 < percent;
}

export interface ArmFacts {
  arm: 'target' | 'holdout';
  responded: boolean;
}

export interface CampaignResults {
  targeted: number;
  targetedResponded: number;
  /** Responded / targeted, 0..1 (0 for an empty group). */
  targetedRate: number;
  holdout: number;
  holdoutResponded: number;
  holdoutRate: number;
  /** targetedRate − holdoutRate: the response the campaign caused. */
  uplift: number;
}

const rate = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function campaignResults(members: readonly ArmFacts[]): CampaignResults {
  const count = (arm: ArmFacts['arm'], responded?: boolean) =>
    members.filter((m) => m.arm === arm && (responded === undefined || m.responded === responded)).length;
  const targeted = count('target');
  const targetedResponded = count('target', true);
  const holdout = count('holdout');
  const holdoutResponded = count('holdout', true);
  const targetedRate = rate(targetedResponded, targeted);
  const holdoutRate = rate(holdoutResponded, holdout);
  return {
    targeted,
    targetedResponded,
    targetedRate,
    holdout,
    holdoutResponded,
    holdoutRate,
    uplift: targetedRate - holdoutRate,
  };
}
