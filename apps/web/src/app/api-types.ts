import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@crm/api';

/** What procedures answer and take, from the API's router type (types only: no server code ships). */
export type Outputs = inferRouterOutputs<AppRouter>;
export type Inputs = inferRouterInputs<AppRouter>;

export type Contact = Outputs['contacts']['get'];
export type Account = Outputs['accounts']['get'];
export type Deal = Outputs['deals']['get'];
export type Activity = Outputs['activities']['get'];
export type Pipeline = Outputs['pipelines']['get'];
export type TimelineEvent = Outputs['timeline']['deal']['items'][number];
