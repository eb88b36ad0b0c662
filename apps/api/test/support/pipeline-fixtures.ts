import { restClient } from './rest-call.js';
import type { TestApp, TestTenant } from './test-app.js';

export interface Stage {
  id: string;
  name: string;
  position: number;
  probability: number;
  kind: string;
}
export interface Pipeline {
  id: string;
  name: string;
  isDefault: boolean;
  version: number;
  stages: Stage[];
}

/** The stages of every pipeline the pipeline tests create. */
export const salesStages = [
  { name: 'Qualification', probability: 10, kind: 'open' },
  { name: 'Proposal', probability: 50, kind: 'open' },
  { name: 'Negotiation', probability: 75, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

export interface PipelinesClient {
  /** Creates a pipeline with `salesStages` as tenant A's admin (201 expected). */
  createPipeline: (name: string, extra?: object) => Promise<Pipeline>;
  /** Creates a deal (201 expected). */
  createDeal: (token: string, payload: object) => Promise<{ id: string }>;
}

/** Pipeline calls on the app and tenant a test file creates in `beforeAll` (read at each call). */
export function pipelinesClient(world: () => { h: TestApp; a: TestTenant }): PipelinesClient {
  const { create } = restClient(() => world().h);
  return {
    createPipeline: (name, extra = {}) =>
      create<Pipeline>(world().a.users.admin.token, '/pipelines', { name, stages: salesStages, ...extra }),
    createDeal: (token, payload) => create<{ id: string }>(token, '/deals', payload),
  };
}
