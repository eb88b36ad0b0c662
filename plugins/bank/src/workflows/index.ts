import type { Database, PluginWorkflowsManifest, TenantDb } from '@crm/core';
import { z } from 'zod';
import { contactCadence } from './contact-cadence.js';
import { evaluateCampaigns } from './evaluate-campaigns.js';
import { followUpOffers } from './follow-up-offers.js';
import { reassignDepartingClients } from './reassign-departing-clients.js';
import { referralSla } from './referral-sla.js';
import { secondProductOffers } from './second-product-offers.js';
import {
  bankStepTypes,
  cadenceInput,
  followUpInput,
  reassignInput,
  referralSlaInput,
  secondProductInput,
  watchInput,
} from './step-types.js';
import { bankTemplates } from './templates.js';
import { watchHandoverLoss } from './watch-handover-loss.js';

/**
 * An activity of a bank step: the interpreter sends { tenantId, runId, stepId, recordType, recordId,
 * input }; the step's input is parsed with its schema (defaults applied) and the work runs in the
 * tenant's unit of work opened from the tenant id. Every activity is idempotent (safe to retry).
 */
function tenantActivity<S extends z.ZodType, R>(
  database: Database,
  schema: S,
  work: (db: TenantDb, tenantId: string, input: z.output<S>) => Promise<R>,
) {
  const envelope = z.object({ tenantId: z.uuid(), input: z.unknown() });
  return async (raw: z.input<typeof envelope>): Promise<R> => {
    const { tenantId, input } = envelope.parse(raw);
    const parsed: z.output<S> = schema.parse(input ?? {});
    return database.withTenant(tenantId, (db) => work(db, tenantId, parsed));
  };
}

/** Workflow step types, activities and templates of the bank plugin. */
export const bankWorkflows = {
  stepTypes: bankStepTypes,
  activities: ({ database }) => ({
    'bank.secondProductOffers': tenantActivity(database, secondProductInput, secondProductOffers),
    'bank.followUpOffers': tenantActivity(database, followUpInput, followUpOffers),
    'bank.contactCadence': tenantActivity(database, cadenceInput, contactCadence),
    'bank.reassignDepartingClients': tenantActivity(database, reassignInput, reassignDepartingClients),
    'bank.watchHandoverLoss': tenantActivity(database, watchInput, watchHandoverLoss),
    'bank.referralSla': tenantActivity(database, referralSlaInput, referralSla),
    'bank.evaluateCampaigns': tenantActivity(database, z.strictObject({}), (db, tenantId) =>
      evaluateCampaigns(db, tenantId),
    ),
  }),
  templates: bankTemplates,
} satisfies PluginWorkflowsManifest<'bank'>;
