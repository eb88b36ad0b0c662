import { AppError } from '../errors/index.js';
import type { TenantContext } from '../records/context.js';
import { tagSelect, type TagOutput } from './tag.schema.js';

/** A tag of the tenant; another tenant's id and a missing one answer the same NOT_FOUND. */
export async function findTag(ctx: TenantContext, id: string): Promise<TagOutput> {
  const tag = await ctx.db.tag.findFirst({ where: { tenantId: ctx.actor.tenantId, id }, select: tagSelect });
  if (!tag) throw AppError.notFound('Tag');
  return tag;
}

/** Tag names are unique per tenant, ignoring case: 409 naming the field when taken by another tag. */
export async function assertNameFree(ctx: TenantContext, name: string, exceptId?: string): Promise<void> {
  const taken = await ctx.db.tag.findFirst({
    where: { tenantId: ctx.actor.tenantId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw nameTaken(name);
}

export function nameTaken(name: string): AppError {
  return AppError.conflict(`A tag named "${name}" already exists`, {
    fields: [{ field: 'name', message: 'is already used by another tag' }],
  });
}
