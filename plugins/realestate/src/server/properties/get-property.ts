import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findProperty } from './find-property.js';
import type { PropertyOutput } from './property.schema.js';

export async function getProperty(ctx: RealestateContext, ListingKey: string): Promise<PropertyOutput> {
  authorize(ctx.ability, 'read', 'realestate.Property');
  return findProperty(ctx, ListingKey);
}
