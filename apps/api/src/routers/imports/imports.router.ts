import { imports } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { idInput } from '../shared.js';

const tags = ['Imports'];

/** Reading imports. Uploading one is POST /api/v1/imports (multipart), see import-upload.ts. */
export const importsRouter = router({
  get: tenantProcedure
    .meta({
      openapi: {
        method: 'GET',
        path: '/imports/{id}',
        tags,
        summary: 'An import: status, progress counts and row errors',
      },
    })
    .input(idInput)
    .output(imports.importOutput)
    .query(({ ctx, input }) => imports.getImport(ctx.tenant, input.id)),
});
