import type { PluginApiKit } from '@crm/api';
import { z } from 'zod';
import { __plugin__Context } from '../db.js';
import { createItem } from './create-item.js';
import { createItemInput, itemOutput, listItemsInput } from './items.schema.js';
import { listItems } from './list-items.js';

const tags = ['__Plugin__'];

/** Mounted at `plugins.__plugin__` (tRPC) and `/api/v1/__plugin__/...` (REST); 404 while the tenant has it off. */
export function __plugin__Api({ router, procedure }: PluginApiKit) {
  return router({
    items: router({
      list: procedure
        .meta({ openapi: { method: 'GET', path: '/__plugin__/items', tags, summary: 'Items' } })
        .input(listItemsInput)
        .output(z.object({ items: z.array(itemOutput) }))
        .query(({ ctx, input }) => listItems(__plugin__Context(ctx.tenant), input)),
      create: procedure
        .meta({ openapi: { method: 'POST', path: '/__plugin__/items', tags, summary: 'Add an item' }, created: true })
        .input(createItemInput)
        .output(itemOutput)
        .mutation(({ ctx, input }) => createItem(__plugin__Context(ctx.tenant), input)),
    }),
  });
}
