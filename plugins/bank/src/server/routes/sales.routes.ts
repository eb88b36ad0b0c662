import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { bankContext } from '../../db.js';
import * as campaigns from '../campaigns/index.js';
import * as offers from '../offers/index.js';
import * as referrals from '../referrals/index.js';
import { statusChangeOutput } from '../shared/status-log.js';
import { idInput, items, rest } from './route-kit.js';

/** Referrals, offers (cross-sell) and campaigns with holdout. */
export function salesRoutes({ router, procedure }: PluginApiKit) {
  return {
    referrals: router({
      list: procedure
        .meta(rest('GET', '/bank/referrals', 'referrals', 'Referrals of my clients and to me, oldest first'))
        .input(referrals.listReferralsInput)
        .output(items(referrals.referralOutput))
        .query(({ ctx, input }) => referrals.listReferrals(bankContext(ctx.tenant), input)),
      create: procedure
        .meta(
          rest('POST', '/bank/referrals', 'referrals', 'Refer a client to a specialist (Submitted)', true),
        )
        .input(referrals.createReferralInput)
        .output(referrals.referralOutput)
        .mutation(({ ctx, input }) => referrals.createReferral(bankContext(ctx.tenant), input)),
      transition: procedure
        .meta(
          rest(
            'POST',
            '/bank/referrals/{id}/transition',
            'referrals',
            'Submitted → in_review → authorized | rejected (reason required); others answer 409',
          ),
        )
        .input(referrals.transitionReferralInput)
        .output(referrals.referralOutput)
        .mutation(({ ctx, input }) => referrals.transitionReferral(bankContext(ctx.tenant), input)),
      history: procedure
        .meta(rest('GET', '/bank/referrals/{id}/history', 'referrals', 'Status changes, newest first'))
        .input(idInput)
        .output(items(statusChangeOutput))
        .query(({ ctx, input }) => referrals.referralHistory(bankContext(ctx.tenant), input.id)),
    }),
    offers: router({
      list: procedure
        .meta(rest('GET', '/bank/offers', 'offers', 'Offers to my clients, soonest to expire first'))
        .input(offers.listOffersInput)
        .output(items(offers.offerOutput))
        .query(({ ctx, input }) => offers.listOffers(bankContext(ctx.tenant), input)),
      create: procedure
        .meta(
          rest(
            'POST',
            '/bank/offers',
            'offers',
            'Offer a product to a client (with a task to present it)',
            true,
          ),
        )
        .input(offers.createOfferInput)
        .output(offers.offerOutput)
        .mutation(({ ctx, input }) => offers.createOffer(bankContext(ctx.tenant), input)),
      transition: procedure
        .meta(
          rest(
            'POST',
            '/bank/offers/{id}/transition',
            'offers',
            'Present, accept, decline or withdraw (reason); others 409',
          ),
        )
        .input(offers.transitionOfferInput)
        .output(offers.offerOutput)
        .mutation(({ ctx, input }) => offers.transitionOffer(bankContext(ctx.tenant), input)),
      history: procedure
        .meta(rest('GET', '/bank/offers/{id}/history', 'offers', 'Status changes, newest first'))
        .input(idInput)
        .output(items(statusChangeOutput))
        .query(({ ctx, input }) => offers.offerHistory(bankContext(ctx.tenant), input.id)),
    }),
    campaigns: router({
      list: procedure
        .meta(rest('GET', '/bank/campaigns', 'campaigns', 'Campaigns with response vs holdout'))
        .input(z.object({}))
        .output(items(campaigns.campaignOutput))
        .query(({ ctx }) => campaigns.listCampaigns(bankContext(ctx.tenant))),
      get: procedure
        .meta(rest('GET', '/bank/campaigns/{id}', 'campaigns', 'One campaign and its measured response'))
        .input(idInput)
        .output(campaigns.campaignOutput)
        .query(({ ctx, input }) => campaigns.getCampaign(bankContext(ctx.tenant), input.id)),
      create: procedure
        .meta(rest('POST', '/bank/campaigns', 'campaigns', 'A draft campaign with a holdout share', true))
        .input(campaigns.createCampaignInput)
        .output(campaigns.campaignOutput)
        .mutation(({ ctx, input }) => campaigns.createCampaign(bankContext(ctx.tenant), input)),
      addMembers: procedure
        .meta(
          rest(
            'POST',
            '/bank/campaigns/{id}/members',
            'campaigns',
            'Add clients (drawn into target or holdout)',
          ),
        )
        .input(campaigns.addCampaignMembersInput)
        .output(campaigns.campaignOutput)
        .mutation(({ ctx, input }) => campaigns.addCampaignMembers(bankContext(ctx.tenant), input)),
      transition: procedure
        .meta(
          rest(
            'POST',
            '/bank/campaigns/{id}/transition',
            'campaigns',
            'Start (offers to the targeted), evaluate, close',
          ),
        )
        .input(campaigns.campaignTransitionInput)
        .output(campaigns.campaignOutput)
        .mutation(({ ctx, input }) => campaigns.transitionCampaign(bankContext(ctx.tenant), input)),
    }),
  };
}
