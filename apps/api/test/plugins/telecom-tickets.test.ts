import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from '../support/test-app.js';

// The telecom plugin's trouble tickets (TMF621): SLA, state machine, churn risk and the SLA report.
// The catalogue: telecom.test.ts; subscriptions, orders and usage: telecom-subscriptions.test.ts.

interface Ticket {
  id: string;
  status: string;
  severity: string;
  creationDate: string;
  expectedResolutionDate: string;
  statusChangeHistory: { status: string; statusChangeReason?: string }[];
  relatedParty: { role: string; partyOrPartyRole: { id: string } }[];
  allowedTransitions: string[];
}
interface Items<T> {
  items: T[];
}

let h: TestApp;
let a: TestTenant;
let accountId: string;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'Связь');
  const on = await call(admin(), 'POST', '/plugins/telecom/enable', { config: { seedDemoData: false } });
  expect(on.status).toBe(200);
  accountId = (
    await create<{ id: string }>(admin(), '/accounts', {
      name: 'ООО «Ромашка»',
      ownerId: a.users.sales_rep.userId,
    })
  ).id;
});
afterAll(async () => h.close());

describe('trouble tickets (TMF621)', () => {
  it('sets the SLA from the severity, follows the state machine, and tells the account manager', async () => {
    const ticket = await create<Ticket>(a.users.support_agent.token, '/telecom/troubleTicket', {
      accountId,
      name: 'Нет связи в офисе',
      severity: 'critical',
      channel: 'phone',
    });
    expect(ticket.status).toBe('acknowledged');
    expect(Date.parse(ticket.expectedResolutionDate) - Date.parse(ticket.creationDate)).toBe(8 * 3_600_000);
    expect(ticket.relatedParty.map((p) => [p.role, p.partyOrPartyRole.id])).toEqual([
      ['customer', accountId],
      ['accountManager', a.users.sales_rep.userId],
    ]);
    const skip = await call<ErrorBody>(
      a.users.support_agent.token,
      'POST',
      `/telecom/troubleTicket/${ticket.id}/status`,
      {
        status: 'closed',
      },
    );
    expect(skip.status).toBe(409);
    expect(skip.body.error.message).toBe(
      'A trouble ticket cannot go from "acknowledged" to "closed"; from "acknowledged" it can go to: inProgress, rejected, cancelled',
    );
    const reject = await call<ErrorBody>(
      a.users.support_agent.token,
      'POST',
      `/telecom/troubleTicket/${ticket.id}/status`,
      {
        status: 'rejected',
      },
    );
    expect(fieldsOf(reject.body)).toEqual(['statusChangeReason']);
    for (const status of [
      'inProgress',
      'held',
      'inProgress',
      'resolved',
      'inProgress',
      'resolved',
      'closed',
    ]) {
      const res = await call<Ticket>(
        a.users.support_agent.token,
        'POST',
        `/telecom/troubleTicket/${ticket.id}/status`,
        {
          status,
          statusChangeReason: `→ ${status}`,
        },
      );
      expect(res.status, status).toBe(200);
    }
    const closed = await call<Ticket>(a.users.sales_rep.token, 'GET', `/telecom/troubleTicket/${ticket.id}`);
    expect(closed.body.statusChangeHistory.map((s) => s.status)).toEqual([
      'acknowledged',
      'inProgress',
      'held',
      'inProgress',
      'resolved',
      'inProgress',
      'resolved',
      'closed',
    ]);
    const notes = await call<Items<{ title: string }>>(a.users.sales_rep.token, 'GET', '/notifications');
    expect(notes.body.items.map((n) => n.title)).toContain('Нет связи в офисе: resolved → closed');
    const timeline = await call<Items<{ kind: string; data: { status: string; ticketId: string } }>>(
      a.users.sales_rep.token,
      'GET',
      `/accounts/${accountId}/timeline`,
    );
    const statuses = timeline.body.items
      .filter((e) => e.kind === 'telecom.ticketStatus')
      .map((e) => e.data.status);
    expect(statuses.slice(0, 2)).toEqual(['closed', 'resolved']);
  });

  it("scores a client's churn risk now from the tickets in the window, and names a foreign account", async () => {
    const client = (
      await create<{ id: string }>(admin(), '/accounts', {
        name: 'ООО «Шторм»',
        ownerId: a.users.sales_rep.userId,
      })
    ).id;
    const risk = async () =>
      call<{
        churnScore: number;
        threshold: number;
        atRisk: boolean;
        ticketsInWindow: number;
        drivers: { driver: string; value: number }[];
      }>(a.users.sales_rep.token, 'GET', `/telecom/account/${client}/churnRisk`);
    expect((await risk()).body).toMatchObject({ churnScore: 0, threshold: 60, atRisk: false, drivers: [] });
    for (const severity of ['minor', 'minor', 'critical'])
      await create<Ticket>(a.users.support_agent.token, '/telecom/troubleTicket', {
        accountId: client,
        name: `Обращение ${severity}`,
        severity,
      });
    // Three tickets reach the default flagging count (60), the critical one adds 5.
    expect((await risk()).body).toMatchObject({
      churnScore: 65,
      atRisk: true,
      ticketsInWindow: 3,
      drivers: [
        { driver: 'ticketsInWindow', value: 3 },
        { driver: 'criticalTickets', value: 1 },
      ],
    });
    const foreign = await call<ErrorBody>(
      admin(),
      'GET',
      '/telecom/account/00000000-0000-4000-8000-000000000000/churnRisk',
    );
    expect(fieldsOf(foreign.body)).toEqual(['accountId']);
  });

  it("answers the web client's tRPC batch of a client page's telecom queries (a path over 100 characters)", async () => {
    const paths = [
      'plugins.telecom.account.churnRisk',
      'plugins.telecom.troubleTicket.list',
      'plugins.telecom.product.list',
      'plugins.telecom.productOrder.list',
      'plugins.telecom.recommendation.list',
    ];
    const input = Object.fromEntries(paths.map((_, i) => [String(i), { accountId }]));
    const res = await h.app.inject({
      method: 'GET',
      url: `/trpc/${paths.join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
      headers: bearer(a.users.sales_rep.token),
    });
    expect(res.statusCode).toBe(200);
    const results = res.json<{ result?: { data: unknown } }[]>();
    expect(results).toHaveLength(paths.length);
    expect(results.every((r) => r.result !== undefined)).toBe(true);
  });

  it('reports tickets by status and severity with breaches', async () => {
    const report = await call<{
      result: {
        total: number;
        byStatus: Record<string, number>;
        bySeverity: Record<string, { total: number }>;
      };
    }>(a.users.viewer.token, 'POST', '/reports/telecom.ticketsSla/run', { input: { days: 30 } });
    expect(report.status).toBe(200);
    expect(report.body.result.byStatus.closed).toBeGreaterThanOrEqual(1);
    expect(report.body.result.bySeverity.critical?.total).toBeGreaterThanOrEqual(1);
  });
});
