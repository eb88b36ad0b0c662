import { timeline, type PluginRegistry } from '@crm/core';
import { router } from '../../trpc/init.js';
import { tenantProcedure } from '../../trpc/procedures.js';
import { listOutput } from '../shared.js';

const tags = ['Timeline'];
const output = listOutput(timeline.timelineEventOutput);
const summary = (what: string) => `The ${what}'s history, newest first (activities, changes, owner changes)`;

/** Timelines merge the core's sources and the installed plugins' (`registry.timeline`). */
export const timelineRouter = ({ timeline: registry }: PluginRegistry) =>
  router({
    account: tenantProcedure
      .meta({
        openapi: { method: 'GET', path: '/accounts/{id}/timeline', tags, summary: summary('account') },
      })
      .input(timeline.timelineInput)
      .output(output)
      .query(({ ctx, input }) => timeline.getTimeline(ctx.tenant, 'account', input, registry)),
    contact: tenantProcedure
      .meta({
        openapi: { method: 'GET', path: '/contacts/{id}/timeline', tags, summary: summary('contact') },
      })
      .input(timeline.timelineInput)
      .output(output)
      .query(({ ctx, input }) => timeline.getTimeline(ctx.tenant, 'contact', input, registry)),
    deal: tenantProcedure
      .meta({ openapi: { method: 'GET', path: '/deals/{id}/timeline', tags, summary: summary('deal') } })
      .input(timeline.timelineInput)
      .output(output)
      .query(({ ctx, input }) => timeline.getTimeline(ctx.tenant, 'deal', input, registry)),
  });

export type TimelineRouter = ReturnType<typeof timelineRouter>;
