import { authorize, defineReport } from '@crm/core';
import { z } from 'zod';
import { realestateContext } from '../db.js';
import { collectAgentQuality } from './collect-agent-quality.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const agentQualityRow = z.object({
  userId: z.uuid(),
  name: z.string(),
  /** Objects the agent took in during the period, and those of them merged away as duplicates. */
  objectsCreated: z.number().int(),
  duplicatesCreated: z.number().int(),
  /** The agent's objects now, by verification status. */
  verified: z.number().int(),
  stale: z.number().int(),
  unverified: z.number().int(),
  rejected: z.number().int(),
  /** Verified among the agent's objects that were ever checked (verified + stale + rejected), 0..1. */
  verifiedShare: z.number().nullable(),
  /** Showing requests to the agent in the period, and the mean hours to the first answer. */
  showingRequests: z.number().int(),
  avgResponseHours: z.number().nullable(),
  /** Confirmed past showings with feedback, of those confirmed and past, 0..1. */
  feedbackRate: z.number().nullable(),
  /** Requirements of the period and those that became won deals; won / requirements. */
  requirements: z.number().int(),
  wonDeals: z.number().int(),
  conversion: z.number().nullable(),
});
export type AgentQualityRow = z.infer<typeof agentQualityRow>;

/**
 * Agents' work quality (VERTICALS.md 4(c)): data quality (verified vs stale objects, duplicates
 * created), speed (response time to showing requests), follow-through (feedback collected) and
 * conversion (requirements to won deals), per agent, for a period (default the last 90 days).
 */
export const agentQualityReport = defineReport({
  id: 'realestate.agentQuality',
  title: { en: 'Agent work quality', ru: 'Качество работы агентов' },
  description: {
    en: 'Per agent: verified vs stale objects, duplicates created, response time to showing requests, feedback collected, conversion of requirements to deals',
    ru: 'По агентам: проверенные и устаревшие объекты, созданные дубли, время ответа на заявки на показ, сбор отзывов, конверсия запросов в сделки',
  },
  input: z.strictObject({ from: z.iso.date().optional(), to: z.iso.date().optional() }),
  output: z.object({ from: z.string(), to: z.string(), agents: z.array(agentQualityRow) }),
  async run(tenantCtx, input) {
    authorize(tenantCtx.ability, 'read', 'realestate.Property');
    authorize(tenantCtx.ability, 'read', 'realestate.Showing');
    authorize(tenantCtx.ability, 'read', 'realestate.Requirement');
    const to = input.to ? new Date(`${input.to}T00:00:00.000Z`) : new Date(Date.now() + DAY_MS);
    const from = input.from ? new Date(`${input.from}T00:00:00.000Z`) : new Date(to.getTime() - 90 * DAY_MS);
    const agents = await collectAgentQuality(realestateContext(tenantCtx), { from, to });
    return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10), agents };
  },
});
