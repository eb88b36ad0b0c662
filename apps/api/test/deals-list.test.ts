import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDealsWorld, dealsClient, type DealPage as Page } from './support/deal-fixtures.js';
import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import type { TestApp, TestTenant } from './support/test-app.js';

// The deal list: filters, sort, paging and custom field filters. Deal writes: deals-crud.test.ts.

let h: TestApp;
let a: TestTenant;
let stages: Record<string, string>;
let accountId: string;
let contactId: string;
const { call } = restClient(() => h);
const { createDeal, patch } = dealsClient(() => ({ h, a }));

beforeAll(async () => {
  ({ h, a, stages, accountId, contactId } = await createDealsWorld());
});
afterAll(async () => h.close());

describe('deal list filters and sort', () => {
  it('filters by every field and pages in order', async () => {
    const admin = a.users.admin.token;
    const tag = await call<{ id: string }>(admin, 'POST', '/tags', { name: 'key-account' });
    const d1 = await createDeal({
      title: 'Filter Alpha',
      amount: '1000',
      accountId,
      contacts: [{ contactId }],
      expectedCloseDate: '2026-01-15',
    });
    const d2 = await createDeal(
      { title: 'Filter Beta', amount: '5000', stageId: stages.Won, expectedCloseDate: '2026-06-30' },
      a.users.sales_manager.token,
    );
    const d3 = await createDeal({
      title: 'Filter Gamma',
      amount: '9000',
      stageId: stages.Lost,
      lostReason: 'Price',
    });
    await call(admin, 'POST', `/tags/${tag.body.id}/assign`, { recordType: 'deal', recordIds: [d3.id] });
    const ids = async (query: string) =>
      (await call<Page>(admin, 'GET', `/deals?limit=200&search=Filter&${query}`)).body.items
        .map((d) => d.id)
        .sort();
    expect(await ids(`accountId=${accountId}`)).toEqual([d1.id]);
    expect(await ids(`contactId=${contactId}`)).toEqual([d1.id]);
    expect(await ids(`ownerId=${a.users.sales_manager.userId}`)).toEqual([d2.id]);
    expect(await ids(`stageId=${stages.Won}`)).toEqual([d2.id]);
    expect(await ids(`pipelineId=${a.pipelineId}`)).toEqual([d1.id, d2.id, d3.id].sort());
    expect(await ids('status=open')).toEqual([d1.id]);
    expect(await ids('status=lost')).toEqual([d3.id]);
    expect(await ids('closeBefore=2026-01-15')).toEqual([d1.id]);
    expect(await ids('closeAfter=2026-02-01')).toEqual([d2.id]);
    expect(await ids('amountMin=5000&amountMax=9000')).toEqual([d2.id, d3.id].sort());
    expect(await ids(`tagId=${tag.body.id}`)).toEqual([d3.id]);
    const sorted = await call<Page>(admin, 'GET', '/deals?search=filter&sort=-title&limit=2');
    expect(sorted.body.items.map((d) => d.title)).toEqual(['Filter Gamma', 'Filter Beta']);
    const rest = await call<Page>(
      admin,
      'GET',
      `/deals?search=filter&sort=-title&limit=2&cursor=${sorted.body.nextCursor ?? ''}`,
    );
    expect(rest.body.items.map((d) => d.title)).toEqual(['Filter Alpha']);
    expect(rest.body.nextCursor).toBeNull();
    const byMove = await call<Page>(admin, 'GET', '/deals?search=filter&sort=stageChangedAt');
    expect(byMove.body.items.map((d) => d.id)).toEqual([d1.id, d2.id, d3.id]);
  });

  it('rejects unknown filters and sorts by name', async () => {
    const res = await call<ErrorBody>(
      a.users.admin.token,
      'GET',
      '/deals?sort=amount&colour=red&status=maybe',
    );
    expect(res.status).toBe(400);
    expect(fieldsOf(res.body)).toEqual(expect.arrayContaining(['status']));
    const sort = await call<ErrorBody>(a.users.admin.token, 'GET', '/deals?sort=amount');
    expect(fieldsOf(sort.body)).toEqual(['sort']);
    const unknown = await call<ErrorBody>(a.users.admin.token, 'GET', '/deals?colour=red');
    expect(fieldsOf(unknown.body)).toEqual(['colour']);
  });

  it('validates deal custom fields on create and update, and filters by them', async () => {
    const admin = a.users.admin.token;
    const def = await call(admin, 'POST', '/custom-fields', {
      objectType: 'deal',
      key: 'segment',
      label: 'Segment',
      type: 'select',
      options: ['SMB', 'Enterprise'],
    });
    expect(def.status).toBe(201);
    const bad = await call<ErrorBody>(admin, 'POST', '/deals', {
      title: 'CF',
      customFields: { segment: 'Huge', nope: 1 },
    });
    expect(fieldsOf(bad.body).sort()).toEqual(['customFields.nope', 'customFields.segment']);
    const deal = await createDeal({ title: 'CF deal', customFields: { segment: 'Enterprise' } });
    expect(deal.customFields).toEqual({ segment: 'Enterprise' });
    const badUpdate = await patch(deal.id, { customFields: { segment: 'Micro' } });
    expect(fieldsOf(badUpdate.body)).toEqual(['customFields.segment']);
    const found = await call<Page>(admin, 'GET', '/deals?cf.segment=Enterprise');
    expect(found.body.items.map((d) => d.id)).toEqual([deal.id]);
  });
});
