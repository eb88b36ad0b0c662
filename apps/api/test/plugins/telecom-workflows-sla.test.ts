import { describe, expect, it } from 'vitest';
import { telecomWorkflowHarness, type Items } from './telecom-workflow-harness.js';

// Trouble-ticket SLA escalation and churn risk as workflow steps on the Temporal dev server. The
// tariff-savings offer: telecom-workflows.test.ts.

const w = telecomWorkflowHarness('telecom-workflows-sla');
const { call, create, admin, publish, runOn, finished } = w;

describe('ticket SLA escalation and churn risk on Temporal', () => {
  it('escalates by the ladder once per rung and flags a client with 3 tickets in 30 days', async () => {
    const account = await create<{ id: string }>(admin(), '/accounts', {
      name: 'ИП Смирнов',
      ownerId: w.a.users.sales_rep.userId,
    });
    const tickets: string[] = [];
    for (const [name, severity] of [
      ['Нет связи', 'critical'],
      ['Ошибка в счёте', 'minor'],
      ['Медленный интернет', 'major'],
    ] as const)
      tickets.push(
        (
          await create<{ id: string }>(w.a.users.support_agent.token, '/telecom/troubleTicket', {
            accountId: account.id,
            name,
            severity,
          })
        ).id,
      );
    // The critical ticket was raised 9.6 hours ago: 120 % of its 8-hour SLA.
    await w.h.t.db.withSystemRoleAcrossTenants(
      (db) =>
        db.$executeRaw`UPDATE "TelecomTroubleTicket" SET "createdAt" = now() - interval '576 minutes',
        "expectedResolutionDate" = now() - interval '96 minutes' WHERE "id" = ${tickets[0]}::uuid`,
    );
    const workflowId = await publish('SLA and churn (manual)', {
      trigger: { type: 'manual', recordType: 'account' },
      steps: [
        { id: 'escalate', kind: 'telecom.escalateTicketSlas', input: {} },
        { id: 'churn', kind: 'telecom.scoreChurnRisk', input: {} },
      ],
    });
    const first = await finished(await runOn(workflowId, account.id));
    expect(first.status, first.error ?? '').toBe('completed');
    expect(first.steps.map((s) => s.detail)).toMatchObject([
      { escalated: 1, closed: 0 },
      { scored: 1, flagged: 1 },
    ]);
    const ticket = await call<{ escalationLevel: number; slaBreached: boolean }>(
      admin(),
      'GET',
      `/telecom/troubleTicket/${tickets[0]}`,
    );
    expect(ticket.body).toMatchObject({ escalationLevel: 2, slaBreached: true });
    const titles = async (role: 'support_agent' | 'sales_manager' | 'sales_rep' | 'admin') =>
      (await call<Items<{ title: string }>>(w.a.users[role].token, 'GET', '/notifications')).body.items.map(
        (n) => n.title,
      );
    expect(await titles('support_agent')).toContain('SLA 50% · critical · Нет связи');
    expect(await titles('sales_manager')).toContain('SLA 100% · critical · Нет связи');
    expect(await titles('sales_rep')).toContain('SLA 100% · critical · Нет связи');
    expect(await titles('admin')).not.toContain('SLA 150% · critical · Нет связи');
    const tasks = await call<Items<{ subject: string }>>(
      w.a.users.sales_rep.token,
      'GET',
      `/activities?accountId=${account.id}`,
    );
    expect(tasks.body.items.map((t) => t.subject)).toContain(
      'Churn risk: ИП Смирнов, 3 tickets in 30 days; call to retain',
    );

    const second = await finished(await runOn(workflowId, account.id));
    expect(second.steps.map((s) => s.detail)).toMatchObject([
      { escalated: 0, closed: 0 },
      { scored: 1, flagged: 0 },
    ]);
  });
});
