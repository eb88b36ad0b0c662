import type { PluginApiKit } from '@crm/api';
import { realestateContext } from '../db.js';
import * as districts from './districts/index.js';
import * as duplicates from './duplicates/index.js';
import { items } from './router-kit.js';

const dictionary = ['Real estate: districts'];
const review = ['Real estate: duplicates'];

/** The district dictionary with normalisation, and the duplicate review queue. */
export function districtsRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/districts',
          tags: dictionary,
          summary: 'The district dictionary',
        },
      })
      .input(districts.listDistrictsInput)
      .output(items(districts.districtOutput))
      .query(({ ctx, input }) => districts.listDistricts(realestateContext(ctx.tenant), input)),
    create: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/districts',
          tags: dictionary,
          summary: 'Add a district with aliases',
        },
        created: true,
      })
      .input(districts.createDistrictInput)
      .output(districts.districtOutput)
      .mutation(({ ctx, input }) => districts.createDistrict(realestateContext(ctx.tenant), input)),
    addAlias: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/districts/{id}/aliases',
          tags: dictionary,
          summary: 'Teach the dictionary another name of a district',
        },
      })
      .input(districts.addAliasInput)
      .output(districts.districtOutput)
      .mutation(({ ctx, input }) => districts.addDistrictAlias(realestateContext(ctx.tenant), input)),
    update: procedure
      .meta({
        openapi: {
          method: 'PATCH',
          path: '/realestate/districts/{id}',
          tags: dictionary,
          summary: 'Rename a district or take it out of use (active: false) or back',
        },
      })
      .input(districts.updateDistrictInput)
      .output(districts.districtOutput)
      .mutation(({ ctx, input }) => districts.updateDistrict(realestateContext(ctx.tenant), input)),
    normalize: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/districts/normalize',
          tags: dictionary,
          summary: 'How a typed district name maps to the dictionary',
        },
      })
      .input(districts.normalizeDistrictInput)
      .output(districts.districtResolutionOutput)
      .query(({ ctx, input }) => districts.normalizeDistrict(realestateContext(ctx.tenant), input)),
  });
}

export function duplicatesRouter({ router, procedure }: PluginApiKit) {
  return router({
    list: procedure
      .meta({
        openapi: {
          method: 'GET',
          path: '/realestate/duplicates',
          tags: review,
          summary: 'Suspected duplicate pairs',
        },
      })
      .input(duplicates.listDuplicatesInput)
      .output(items(duplicates.duplicateOutput))
      .query(({ ctx, input }) => duplicates.listDuplicates(realestateContext(ctx.tenant), input)),
    dismiss: procedure
      .meta({
        openapi: {
          method: 'POST',
          path: '/realestate/duplicates/{id}/dismiss',
          tags: review,
          summary: 'Decide a pair are different objects',
        },
      })
      .input(duplicates.dismissDuplicateInput)
      .output(duplicates.duplicateOutput)
      .mutation(({ ctx, input }) => duplicates.dismissDuplicate(realestateContext(ctx.tenant), input.id)),
  });
}
