import { fieldsOf, restClient, type ErrorBody } from './support/rest-call.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, type TestApp, type TestTenant } from './support/test-app.js';
import { webhookSteps, type Delivery, type Page, type Webhook } from './support/webhook-harness.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

// Webhook subscriptions through the REST API: the secret shown once, the SSRF guard at save time,
// admins only, and nothing of one tenant's subscriptions reachable from another. Deliveries:
// webhook-deliveries.test.ts.

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let receiver: WebhookReceiver;
const { call } = restClient(() => h);
const admin = () => a.users.admin.token;
const { deliveriesOf, subscribe } = webhookSteps(() => ({
  h,
  token: admin(),
  receiver,
}));

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  h = await createTestApp();
  a = await createTestTenant(h, 'Hooks A');
  b = await createTestTenant(h, 'Hooks B');
});
afterAll(async () => {
  await h.close();
  await receiver.close();
});

describe('webhook subscriptions', () => {
  it('are in the OpenAPI document at the documented paths', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    const methods = (path: string) => Object.keys(doc.paths[path] ?? {}).sort();
    expect(methods('/webhooks')).toEqual(['get', 'post']);
    expect(methods('/webhooks/{id}')).toEqual(['delete', 'get', 'patch']);
    expect(methods('/webhooks/{id}/rotate-secret')).toEqual(['post']);
    expect(methods('/webhooks/{id}/test')).toEqual(['post']);
    expect(methods('/webhooks/{id}/deliveries')).toEqual(['get']);
    expect(methods('/webhooks/{id}/deliveries/{deliveryId}/redeliver')).toEqual(['post']);
  });

  it('shows the secret only on create, masked afterwards', async () => {
    const hook = await subscribe(['contact.created']);
    const one = await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`);
    expect(one.status).toBe(200);
    expect(one.body).not.toHaveProperty('secret');
    expect(one.body.secretHint).toBe(`${hook.secret.slice(0, 12)}…`);
    const list = await call<Page<Webhook>>(admin(), 'GET', '/webhooks');
    expect(JSON.stringify(list.body)).not.toContain(hook.secret);
    const rotated = await call<Webhook & { secret: string }>(
      admin(),
      'POST',
      `/webhooks/${hook.id}/rotate-secret`,
    );
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(hook.secret);
    expect(JSON.stringify((await call(admin(), 'GET', `/webhooks/${hook.id}`)).body)).not.toContain(
      rotated.body.secret,
    );
  });

  it('refuses private and internal URLs at save time, naming url, and writes nothing', async () => {
    const before = (await call<Page<Webhook>>(admin(), 'GET', '/webhooks')).body.items.length;
    for (const url of [
      'http://10.0.0.5/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
      'ftp://example.com/hook',
    ]) {
      const res = await call<ErrorBody>(admin(), 'POST', '/webhooks', { url, events: ['deal.updated'] });
      expect(res.status, url).toBe(400);
      expect(fieldsOf(res.body)).toEqual(['url']);
    }
    const none = await call<ErrorBody>(admin(), 'POST', '/webhooks', {
      url: `${receiver.url}/x`,
      events: [],
    });
    expect(none.status).toBe(400);
    expect(fieldsOf(none.body)).toEqual(['events']);
    expect((await call<Page<Webhook>>(admin(), 'GET', '/webhooks')).body.items).toHaveLength(before);
    const hook = await subscribe(['deal.created']);
    const patch = await call<ErrorBody>(admin(), 'PATCH', `/webhooks/${hook.id}`, {
      url: 'http://192.168.0.10/',
    });
    expect(patch.status).toBe(400);
    expect(fieldsOf(patch.body)).toEqual(['url']);
    expect((await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`)).body.url).toBe(hook.url);
  });

  it('is for tenant admins only, and another tenant cannot read, change, test or redeliver', async () => {
    expect((await call(a.users.sales_manager.token, 'GET', '/webhooks')).status).toBe(403);
    expect(
      (
        await call(a.users.sales_rep.token, 'POST', '/webhooks', {
          url: `${receiver.url}/x`,
          events: ['deal.updated'],
        })
      ).status,
    ).toBe(403);
    const hook = await subscribe(['contact.updated']);
    const { body: delivery } = await call<Delivery>(admin(), 'POST', `/webhooks/${hook.id}/test`);
    const intruder = b.users.admin.token;
    const attempts: [string, string, object?][] = [
      ['GET', `/webhooks/${hook.id}`],
      ['PATCH', `/webhooks/${hook.id}`, { active: false }],
      ['POST', `/webhooks/${hook.id}/rotate-secret`],
      ['POST', `/webhooks/${hook.id}/test`],
      ['GET', `/webhooks/${hook.id}/deliveries`],
      ['POST', `/webhooks/${hook.id}/deliveries/${delivery.id}/redeliver`],
      ['DELETE', `/webhooks/${hook.id}`],
    ];
    for (const [method, url, payload] of attempts) {
      const res = await call(intruder, method as 'GET', url, payload);
      expect(res.status, `${method} ${url}`).toBe(404);
    }
    expect((await call<Page<Webhook>>(intruder, 'GET', '/webhooks')).body.items).toEqual([]);
    const still = await call<Webhook>(admin(), 'GET', `/webhooks/${hook.id}`);
    expect(still.body).toMatchObject({ active: true, secretHint: hook.secretHint });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });
});
