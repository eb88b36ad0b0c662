import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { bankContext } from '../../db.js';
import * as households from '../households/index.js';
import * as plans from '../plans/index.js';
import * as products from '../products/index.js';
import * as profitability from '../profitability/index.js';
import * as tiers from '../tiers/index.js';
import { idInput, items, page, rest } from './route-kit.js';

/** Tiers, client plans (cadence, assignment), products, households and profitability. */
export function clientRoutes({ router, procedure }: PluginApiKit) {
  const withAssignment = plans.planOutput.extend({ assignment: plans.assignmentOutput });
  return {
    tiers: router({
      list: procedure
        .meta(rest('GET', '/bank/tiers', 'clients', 'Service tiers and their contact cadence'))
        .input(z.object({}))
        .output(items(tiers.tierOutput))
        .query(({ ctx }) => tiers.listTiers(bankContext(ctx.tenant))),
      save: procedure
        .meta(rest('POST', '/bank/tiers', 'clients', 'Create or change a tier by key (admins)'))
        .input(tiers.saveTierInput)
        .output(tiers.tierOutput)
        .mutation(({ ctx, input }) => tiers.saveTier(bankContext(ctx.tenant), input)),
    }),
    clients: router({
      list: procedure
        .meta(rest('GET', '/bank/clients', 'clients', 'Clients I work with, most urgent next contact first'))
        .input(plans.listPlansInput)
        .output(page(plans.planOutput))
        .query(({ ctx, input }) => plans.listPlans(bankContext(ctx.tenant), input)),
      get: procedure
        .meta(rest('GET', '/bank/clients/{id}', 'clients', "A client's relationship plan"))
        .input(idInput)
        .output(plans.planOutput)
        .query(({ ctx, input }) => plans.getPlan(bankContext(ctx.tenant), input.id)),
      create: procedure
        .meta(
          rest(
            'POST',
            '/bank/clients',
            'clients',
            'Open a relationship plan for a contact or account (distributed by the rules; already owned clients stay with their owner)',
            true,
          ),
        )
        .input(plans.createPlanInput)
        .output(withAssignment)
        .mutation(({ ctx, input }) => plans.createPlan(bankContext(ctx.tenant), input)),
      update: procedure
        .meta(
          rest('PATCH', '/bank/clients/{id}', 'clients', 'Change tier, segment, region, status or insight'),
        )
        .input(plans.updatePlanInput)
        .output(plans.planOutput)
        .mutation(({ ctx, input }) => plans.updatePlan(bankContext(ctx.tenant), input)),
      assign: procedure
        .meta(
          rest(
            'POST',
            '/bank/clients/{id}/assign',
            'clients',
            'Hand the client to another manager (or by the rules)',
          ),
        )
        .input(plans.assignPlanInput)
        .output(withAssignment)
        .mutation(({ ctx, input }) => plans.assignPlan(bankContext(ctx.tenant), input)),
      profitability: procedure
        .meta(
          rest(
            'GET',
            '/bank/clients/{planId}/profitability',
            'clients',
            "The client's monthly profitability",
          ),
        )
        .input(profitability.listSnapshotsInput)
        .output(items(profitability.snapshotOutput))
        .query(({ ctx, input }) => profitability.listSnapshots(bankContext(ctx.tenant), input.planId)),
      recordProfitability: procedure
        .meta(
          rest(
            'POST',
            '/bank/clients/{planId}/profitability',
            'clients',
            'Record a month: revenue, cost to serve, risk cost',
          ),
        )
        .input(profitability.recordSnapshotInput)
        .output(profitability.snapshotOutput)
        .mutation(({ ctx, input }) => profitability.recordSnapshot(bankContext(ctx.tenant), input)),
    }),
    products: router({
      list: procedure
        .meta(rest('GET', '/bank/products', 'clients', "A client's financial products"))
        .input(products.listProductsInput)
        .output(items(products.productOutput))
        .query(({ ctx, input }) => products.listProducts(bankContext(ctx.tenant), input)),
      create: procedure
        .meta(rest('POST', '/bank/products', 'clients', 'Record a product the client opened', true))
        .input(products.createProductInput)
        .output(products.productOutput)
        .mutation(({ ctx, input }) => products.createProduct(bankContext(ctx.tenant), input)),
      update: procedure
        .meta(rest('PATCH', '/bank/products/{id}', 'clients', 'Change balance, limit, rate or status'))
        .input(products.updateProductInput)
        .output(products.productOutput)
        .mutation(({ ctx, input }) => products.updateProduct(bankContext(ctx.tenant), input)),
    }),
    households: router({
      list: procedure
        .meta(rest('GET', '/bank/households', 'clients', 'Households with members and balances'))
        .input(z.object({}))
        .output(items(households.householdOutput))
        .query(({ ctx }) => households.listHouseholds(bankContext(ctx.tenant))),
      get: procedure
        .meta(rest('GET', '/bank/households/{id}', 'clients', 'One household'))
        .input(idInput)
        .output(households.householdOutput)
        .query(({ ctx, input }) => households.getHousehold(bankContext(ctx.tenant), input.id)),
      create: procedure
        .meta(rest('POST', '/bank/households', 'clients', 'Group contacts into a household', true))
        .input(households.createHouseholdInput)
        .output(households.householdOutput)
        .mutation(({ ctx, input }) => households.createHousehold(bankContext(ctx.tenant), input)),
      addMember: procedure
        .meta(rest('POST', '/bank/households/{id}/members', 'clients', 'Add a contact to a household'))
        .input(households.addHouseholdMemberInput)
        .output(households.householdOutput)
        .mutation(({ ctx, input }) => households.addHouseholdMember(bankContext(ctx.tenant), input)),
      removeMember: procedure
        .meta(
          rest(
            'DELETE',
            '/bank/households/{id}/members/{contactId}',
            'clients',
            'Take a contact out of a household',
          ),
        )
        .input(households.removeHouseholdMemberInput)
        .output(households.householdOutput)
        .mutation(({ ctx, input }) => households.removeHouseholdMember(bankContext(ctx.tenant), input)),
    }),
  };
}
