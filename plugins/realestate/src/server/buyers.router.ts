import type { PluginApiKit } from '@crm/api';
import { realestateContext } from '../db.js';
import * as matching from './matching/index.js';
import * as requirements from './requirements/index.js';
import { idInput, items } from './router-kit.js';

const tags = ['Real estate: requirements'];

/** Buyers' requirements and their matches. */
export function requirementsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/realestate/requirements', tags, summary: "Buyers' requirements" },
      })
      .input(requirements.listRequirementsInput)
      .output(items(requirements.requirementOutput))
      .query(({ ctx, input }) => requirements.listRequirements(realestateContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: { method: 'GET', path: '/realestate/requirements/{id}', tags, summary: 'One requirement' },
      })
      .input(idInput)
      .output(requirements.requirementOutput)
      .query(({ ctx, input }) => requirements.getRequirement(realestateContext(ctx.tenant), input.id)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/requirements',
          tags,
          summary: "Record a buyer's requirement",
        },
        created: true,
      })
      .input(requirements.createRequirementInput)
      .output(requirements.requirementOutput)
      .mutation(({ ctx, input }) => requirements.createRequirement(realestateContext(ctx.tenant), input)),
    update: procedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/realestate/requirements/{id}',
          tags,
          summary: 'Change the criteria',
        },
      })
      .input(requirements.updateRequirementInput)
      .output(requirements.requirementOutput)
      .mutation(({ ctx, input }) => requirements.updateRequirement(realestateContext(ctx.tenant), input)),
    transition: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/requirements/{id}/status',
          tags,
          summary: 'Pause, resume, fulfil or cancel',
        },
      })
      .input(requirements.transitionRequirementInput)
      .output(requirements.requirementOutput)
      .mutation(({ ctx, input }) => requirements.transitionRequirement(realestateContext(ctx.tenant), input)),
    matches: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/requirements/{id}/matches',
          tags,
          summary: 'Matched objects, best first',
        },
      })
      .input(idInput)
      .output(items(matching.matchOutput))
      .query(({ ctx, input }) => matching.requirementMatches(realestateContext(ctx.tenant), input.id)),
    match: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/requirements/{id}/match',
          tags,
          summary: 'Match the requirement now',
        },
      })
      .input(idInput)
      .output(items(matching.matchOutput))
      .mutation(({ ctx, input }) => matching.matchRequirementNow(realestateContext(ctx.tenant), input.id)),
    setPreference: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/requirements/{id}/matches/{ListingKey}/preference',
          tags,
          summary: "The client's answer: Favorite (a showing task follows), Possibility or Discard",
        },
      })
      .input(matching.setPreferenceInput)
      .output(matching.matchOutput)
      .mutation(({ ctx, input }) => matching.setMatchPreference(realestateContext(ctx.tenant), input)),
  });
}
