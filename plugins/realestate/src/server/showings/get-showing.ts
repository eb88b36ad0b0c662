import { authorize } from '@crm/core';
import type { RealestateContext } from '../../db.js';
import { findShowing } from './find-showing.js';
import type { ShowingOutput } from './showing.schema.js';

export async function getShowing(ctx: RealestateContext, id: string): Promise<ShowingOutput> {
  authorize(ctx.ability, 'read', 'realestate.Showing');
  return findShowing(ctx, id);
}
