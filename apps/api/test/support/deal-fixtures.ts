import { newId } from '@crm/core';
import { restClient, type ErrorBody, type RestAnswer } from './rest-call.js';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './test-app.js';

export interface Deal {
  id: string;
  title: string;
  amount?: string | null;
  currency: string;
  pipelineId: string;
  stageId: string;
  status: string;
  expectedCloseDate: string | null;
  ownerId: string | null;
  accountId: string | null;
  lostReason: string | null;
  closedAt: string | null;
  stageChangedAt: string;
  customFields: Record<string, unknown>;
  contacts: { contactId: string; role: string | null }[];
  version: number;
}
export interface DealPage {
  items: Deal[];
  nextCursor: string | null;
}

/** Two tenants; in tenant A the default pipeline's stage ids by name, an account and a contact. */
export interface DealsWorld {
  h: TestApp;
  a: TestTenant;
  b: TestTenant;
  stages: Record<string, string>;
  accountId: string;
  contactId: string;
}

export async function createDealsWorld(): Promise<DealsWorld> {
  const h = await createTestApp();
  const a = await createTestTenant(h, 'Alpha');
  const b = await createTestTenant(h, 'Beta');
  const { call } = restClient(() => h);
  const pipeline = await call<{ stages: { id: string; name: string }[] }>(
    a.users.admin.token,
    'GET',
    `/pipelines/${a.pipelineId}`,
  );
  const stages = Object.fromEntries(pipeline.body.stages.map((s) => [s.name, s.id]));
  const accountId = newId();
  await h.t.db.withTenant(a.tenantId, (db) =>
    db.account.create({
      data: { tenantId: a.tenantId, id: accountId, name: 'ООО Ромашка', ownerId: a.users.admin.userId },
      select: { id: true },
    }),
  );
  const contact = await call<{ id: string }>(a.users.admin.token, 'POST', '/contacts', { firstName: 'Анна' });
  return { h, a, b, stages, accountId, contactId: contact.body.id };
}

export interface DealsClient {
  /** Creates a deal (201 expected), as tenant A's admin unless another token is given. */
  createDeal: (payload: object, token?: string) => Promise<Deal>;
  /** PATCH /deals/{id}, as tenant A's admin unless another token is given. */
  patch: (id: string, payload: object, token?: string) => Promise<RestAnswer<Deal & ErrorBody>>;
}

/** Deal calls on the world a test file creates in `beforeAll` (read at each call). */
export function dealsClient(world: () => Pick<DealsWorld, 'h' | 'a'>): DealsClient {
  const { call, create } = restClient(() => world().h);
  const admin = () => world().a.users.admin.token;
  return {
    createDeal: (payload, token = admin()) => create<Deal>(token, '/deals', payload),
    patch: (id, payload, token = admin()) => call<Deal & ErrorBody>(token, 'PATCH', `/deals/${id}`, payload),
  };
}
