import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { bankContext } from '../../db.js';
import * as distribution from '../distribution/index.js';
import * as handovers from '../handovers/index.js';
import { idInput, items, rest } from './route-kit.js';

/** Distribution rules and manager-departure handovers. */
export function organisationRoutes({ router, procedure }: PluginApiKit) {
  return {
    distributionRules: router({
      list: procedure
        .meta(
          rest(
            'GET',
            '/bank/distribution-rules',
            'distribution',
            'Distribution rules in the order they apply',
          ),
        )
        .input(z.object({}))
        .output(items(distribution.ruleOutput))
        .query(({ ctx }) => distribution.listRules(bankContext(ctx.tenant))),
      create: procedure
        .meta(rest('POST', '/bank/distribution-rules', 'distribution', 'Add a distribution rule', true))
        .input(distribution.createRuleInput)
        .output(distribution.ruleOutput)
        .mutation(({ ctx, input }) => distribution.createRule(bankContext(ctx.tenant), input)),
      update: procedure
        .meta(rest('PATCH', '/bank/distribution-rules/{id}', 'distribution', 'Change a distribution rule'))
        .input(distribution.updateRuleInput)
        .output(distribution.ruleOutput)
        .mutation(({ ctx, input }) => distribution.updateRule(bankContext(ctx.tenant), input)),
    }),
    handovers: router({
      list: procedure
        .meta(rest('GET', '/bank/handovers', 'handovers', 'Manager-departure handovers'))
        .input(z.object({}))
        .output(items(handovers.handoverOutput))
        .query(({ ctx }) => handovers.listHandovers(bankContext(ctx.tenant))),
      candidates: procedure
        .meta(
          rest(
            'GET',
            '/bank/handover-candidates',
            'handovers',
            'Members a handover can be started for, with the clients they manage',
          ),
        )
        .input(z.object({}))
        .output(items(handovers.handoverCandidateOutput))
        .query(({ ctx }) => handovers.listHandoverCandidates(bankContext(ctx.tenant))),
      get: procedure
        .meta(rest('GET', '/bank/handovers/{id}', 'handovers', 'One handover and where each client went'))
        .input(idInput)
        .output(handovers.handoverOutput)
        .query(({ ctx, input }) => handovers.getHandover(bankContext(ctx.tenant), input.id)),
      start: procedure
        .meta(
          rest(
            'POST',
            '/bank/handovers',
            'handovers',
            'A manager leaves: freeze their exports, snapshot the portfolio',
            true,
          ),
        )
        .input(handovers.startHandoverInput)
        .output(handovers.handoverOutput)
        .mutation(({ ctx, input }) => handovers.startHandover(bankContext(ctx.tenant), input)),
      close: procedure
        .meta(
          rest(
            'POST',
            '/bank/handovers/{id}/close',
            'handovers',
            'End the handover and lift the export freeze',
          ),
        )
        .input(idInput)
        .output(handovers.handoverOutput)
        .mutation(({ ctx, input }) => handovers.closeHandover(bankContext(ctx.tenant), input.id)),
    }),
  };
}
