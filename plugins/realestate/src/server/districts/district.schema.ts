import { z } from 'zod';

const name = z.string().trim().min(1).max(200);

export const createDistrictInput = z.strictObject({
  name,
  City: name,
  /** Other names of the district (variants, other languages, common misspellings). */
  aliases: z.array(name).max(50).optional(),
});
export type CreateDistrictInput = z.infer<typeof createDistrictInput>;

export const addAliasInput = z.strictObject({ id: z.uuid(), alias: name });
export type AddAliasInput = z.infer<typeof addAliasInput>;

/** Rename a district or take it out of use (or back); the other fields stay as they are. */
export const updateDistrictInput = z
  .strictObject({
    id: z.uuid(),
    name: name.optional(),
    /** false: normalisation no longer maps names to it and it is not offered; its objects keep it. */
    active: z.boolean().optional(),
    expectedVersion: z.number().int().optional(),
  })
  .refine((value) => value.name !== undefined || value.active !== undefined, {
    message: 'give a new name or active',
    path: ['name'],
  });
export type UpdateDistrictInput = z.infer<typeof updateDistrictInput>;

export const listDistrictsInput = z.object({
  City: z.string().trim().min(1).max(100).optional(),
  search: z.string().trim().min(1).max(100).optional(),
});
export type ListDistrictsInput = z.infer<typeof listDistrictsInput>;

export const normalizeDistrictInput = z.object({
  name,
  City: z.string().trim().min(1).max(100).optional(),
});

export const aliasSources = ['name', 'alias', 'learned'] as const;

export const districtOutput = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  City: z.string(),
  active: z.boolean(),
  aliases: z.array(z.object({ alias: z.string(), source: z.enum(aliasSources) })),
  version: z.number().int(),
});
export type DistrictOutput = z.infer<typeof districtOutput>;

export const districtMatchKinds = ['exact', 'alias', 'fuzzy', 'none'] as const;

/** How a free-text district maps to the dictionary. */
export const districtResolutionOutput = z.object({
  input: z.string(),
  normalized: z.string(),
  match: z.enum(districtMatchKinds),
  districtId: z.uuid().nullable(),
  name: z.string().nullable(),
  /** The alias that matched and the edits it took (0 for exact and alias matches). */
  matchedAlias: z.string().nullable(),
  distance: z.number().int().nullable(),
});
export type DistrictResolution = z.infer<typeof districtResolutionOutput>;
