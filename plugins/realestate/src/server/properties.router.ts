import type { PluginApiKit } from '@crm/api';
import { realestateContext } from '../db.js';
import * as duplicates from './duplicates/index.js';
import * as matching from './matching/index.js';
import * as properties from './properties/index.js';
import { items, page } from './router-kit.js';

const tags = ['Real estate: objects'];

/** Property objects: RESO fields, listing status, verification, history, duplicates and matches. */
export function propertiesRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: { method: 'GET', path: '/realestate/properties', tags, summary: 'Objects, newest first' },
      })
      .input(properties.listPropertiesInput)
      .output(page(properties.propertyOutput))
      .query(({ ctx, input }) => properties.listProperties(realestateContext(ctx.tenant), input)),
    get: procedure
      .meta({
        openapi: { method: 'GET', path: '/realestate/properties/{ListingKey}', tags, summary: 'One object' },
      })
      .input(properties.listingKeyInput)
      .output(properties.propertyOutput)
      .query(({ ctx, input }) => properties.getProperty(realestateContext(ctx.tenant), input.ListingKey)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/properties',
          tags,
          summary: 'Take in an object (unverified; district normalised, duplicates checked)',
        },
        created: true,
      })
      .input(properties.createPropertyInput)
      .output(properties.propertyOutput)
      .mutation(({ ctx, input }) => properties.createProperty(realestateContext(ctx.tenant), input)),
    update: procedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/realestate/properties/{ListingKey}',
          tags,
          summary: "Change an object's details",
        },
      })
      .input(properties.updatePropertyInput)
      .output(properties.propertyOutput)
      .mutation(({ ctx, input }) => properties.updateProperty(realestateContext(ctx.tenant), input)),
    changeStatus: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/properties/{ListingKey}/status',
          tags,
          summary: 'Change the listing status (RESO StandardStatus); closing needs ClosePrice and CloseDate',
        },
      })
      .input(properties.changeListingStatusInput)
      .output(properties.propertyOutput)
      .mutation(({ ctx, input }) => properties.changeListingStatus(realestateContext(ctx.tenant), input)),
    verify: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/properties/{ListingKey}/verification',
          tags,
          summary: 'Change the verification status: Verifying, Verified, Rejected (with note)',
        },
      })
      .input(properties.changeVerificationInput)
      .output(properties.propertyOutput)
      .mutation(({ ctx, input }) => properties.changeVerification(realestateContext(ctx.tenant), input)),
    history: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/properties/{ListingKey}/history',
          tags,
          summary: 'Changes (RESO HistoryTransactional), newest first',
        },
      })
      .input(properties.listingKeyInput)
      .output(items(properties.historyOutput))
      .query(({ ctx, input }) => properties.propertyHistory(realestateContext(ctx.tenant), input.ListingKey)),
    duplicates: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/properties/{ListingKey}/duplicates',
          tags,
          summary: 'Suspected duplicates of an object (either side of the pair)',
        },
      })
      .input(properties.listingKeyInput)
      .output(items(duplicates.duplicateOutput))
      .query(({ ctx, input }) =>
        duplicates.propertyDuplicates(realestateContext(ctx.tenant), input.ListingKey),
      ),
    merge: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/properties/{ListingKey}/merge',
          tags,
          summary: 'Merge this object (the duplicate) into intoKey (the original)',
        },
      })
      .input(duplicates.mergePropertyInput)
      .output(properties.propertyOutput)
      .mutation(({ ctx, input }) => duplicates.mergeProperties(realestateContext(ctx.tenant), input)),
    matches: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/properties/{ListingKey}/matches',
          tags,
          summary: "Buyers' requirements the object matches",
        },
      })
      .input(properties.listingKeyInput)
      .output(items(matching.matchOutput))
      .query(({ ctx, input }) => matching.propertyMatches(realestateContext(ctx.tenant), input.ListingKey)),
  });
}
