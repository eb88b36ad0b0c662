/**
 * Workflow templates a tenant installs in one click (GET /api/v1/workflow-templates). Plain data in the
 * definition language; a test validates each one. Plugins bring their own templates the same way.
 */
export interface WorkflowTemplate {
  id: string;
  name: { en: string; ru: string };
  description: { en: string; ru: string };
  definition: Record<string, unknown>;
}

const newDealFollowUp: WorkflowTemplate = {
  id: 'new-deal-follow-up',
  name: { en: 'New deal follow-up cadence', ru: 'Серия касаний по новой сделке' },
  description: {
    en: 'A call task the next day, a follow-up after three days and a reminder after ten while the deal stays open.',
    ru: 'Звонок на следующий день, повторное касание через три дня и напоминание через десять, пока сделка открыта.',
  },
  definition: {
    trigger: { type: 'record.created', recordType: 'deal' },
    steps: [
      {
        id: 'firstCall',
        kind: 'createTask',
        activityType: 'call',
        subject: 'Call about {{ record.title }}',
        dueInDays: 1,
        businessDays: true,
      },
      { id: 'wait3', kind: 'delay', duration: { days: 3 } },
      {
        id: 'stillOpen3',
        kind: 'condition',
        if: 'record.status == "open"',
        then: [
          {
            id: 'followUp',
            kind: 'createTask',
            activityType: 'email',
            subject: 'Follow up on {{ record.title }}',
            dueInDays: 0,
          },
          { id: 'wait7', kind: 'delay', duration: { days: 7 } },
          {
            id: 'stillOpen10',
            kind: 'condition',
            if: 'record.status == "open"',
            then: [
              {
                id: 'remind',
                kind: 'notify',
                title: '{{ record.title }} is still open after 10 days',
                body: 'Plan the next step or close the deal.',
              },
            ],
          },
        ],
      },
    ],
  },
};

const staleDealReminder: WorkflowTemplate = {
  id: 'stale-deal-reminder',
  name: { en: 'Stale deal reminder', ru: 'Напоминание о зависшей сделке' },
  description: {
    en: 'When an open deal has not changed for 14 days: a task for the owner and a notice to the manager.',
    ru: 'Если открытая сделка не менялась 14 дней: задача владельцу и уведомление руководителю.',
  },
  definition: {
    trigger: {
      type: 'date',
      recordType: 'deal',
      field: 'updatedAt',
      offsetDays: 14,
      condition: 'record.status == "open"',
    },
    steps: [
      {
        id: 'revive',
        kind: 'createTask',
        subject: 'Revive {{ record.title }}: no activity for 14 days',
        dueInDays: 1,
        businessDays: true,
      },
      {
        id: 'tellManager',
        kind: 'notify',
        to: [{ type: 'manager' }],
        title: 'Stale deal: {{ record.title }}',
        body: 'No activity for 14 days. A task was set for the owner.',
      },
    ],
  },
};

const wonDealOnboarding: WorkflowTemplate = {
  id: 'won-deal-onboarding',
  name: { en: 'Won deal → onboarding plan', ru: 'Выигранная сделка → план внедрения' },
  description: {
    en: 'When a deal is won: a kick-off, a welcome pack, training and a check-in, counted in business days.',
    ru: 'Когда сделка выиграна: встреча-старт, приветственный пакет, обучение и контрольная встреча (в рабочих днях).',
  },
  definition: {
    trigger: { type: 'record.updated', recordType: 'deal', changes: [{ field: 'status', to: 'won' }] },
    steps: [
      {
        id: 'onboarding',
        kind: 'actionPlan',
        businessDays: true,
        tasks: [
          { key: 'kickoff', subject: 'Kick-off meeting: {{ record.title }}', offsetDays: 1 },
          { key: 'welcome', subject: 'Send the welcome pack', offsetDays: 1, dependsOn: ['kickoff'] },
          { key: 'training', subject: 'Run the user training', offsetDays: 5, dependsOn: ['welcome'] },
          {
            key: 'checkIn',
            subject: 'Check-in call after onboarding',
            offsetDays: 10,
            dependsOn: ['training'],
          },
        ],
      },
      {
        id: 'congrats',
        kind: 'notify',
        to: [{ type: 'manager' }],
        title: 'Won: {{ record.title }} ({{ record.amount }} {{ record.currency }})',
      },
    ],
  },
};

const bigDiscountApproval: WorkflowTemplate = {
  id: 'big-discount-approval',
  name: { en: 'Big discount approval', ru: 'Согласование большой скидки' },
  description: {
    en: 'A discount over 20% (number custom field "discount" on deals) needs a sales manager’s approval within a day.',
    ru: 'Скидка больше 20% (числовое поле «discount» сделки) требует согласования руководителя продаж в течение дня.',
  },
  definition: {
    trigger: {
      type: 'record.updated',
      recordType: 'deal',
      changes: [{ field: 'customFields.discount' }],
      condition: 'number(record.customFields.discount) > 20',
    },
    steps: [
      {
        id: 'approval',
        kind: 'approval',
        role: 'sales_manager',
        title: 'Discount of {{ record.customFields.discount }}% on {{ record.title }}',
        description: 'Amount {{ record.amount }} {{ record.currency }}.',
        sla: {
          duration: { days: 1 },
          escalations: [
            {
              atPercent: 50,
              steps: [
                {
                  id: 'nudgeApprovers',
                  kind: 'notify',
                  to: [{ type: 'role', role: 'sales_manager' }],
                  title: 'Waiting for your approval: {{ record.title }}',
                },
              ],
            },
            {
              atPercent: 100,
              steps: [
                {
                  id: 'tellAdmins',
                  kind: 'notify',
                  to: [{ type: 'role', role: 'admin' }],
                  title: 'Discount approval overdue: {{ record.title }}',
                },
              ],
            },
          ],
        },
      },
      {
        id: 'rejected',
        kind: 'condition',
        if: 'steps.approval.decision == "rejected"',
        then: [
          { id: 'resetDiscount', kind: 'updateFields', set: { 'customFields.discount': 20 } },
          {
            id: 'tellOwner',
            kind: 'notify',
            title: 'Discount on {{ record.title }} rejected',
            body: '{{ steps.approval.comment }}',
          },
        ],
        else: [{ id: 'tellOwnerOk', kind: 'notify', title: 'Discount on {{ record.title }} approved' }],
      },
    ],
  },
};

const overdueTaskEscalation: WorkflowTemplate = {
  id: 'overdue-task-escalation',
  name: { en: 'Overdue task escalation', ru: 'Эскалация просроченной задачи' },
  description: {
    en: 'When a task passes its due time undone: remind the owner, then the manager after a day, then give the manager a task.',
    ru: 'Если задача просрочена: напомнить исполнителю, через день — руководителю, затем поставить задачу руководителю.',
  },
  definition: {
    trigger: {
      type: 'record.created',
      recordType: 'activity',
      condition: 'record.type == "task" && record.dueAt != null',
    },
    steps: [
      { id: 'due', kind: 'waitUntil', date: 'record.dueAt' },
      {
        id: 'open',
        kind: 'condition',
        if: '!record.done',
        then: [
          {
            id: 'completion',
            kind: 'waitForEvent',
            event: { type: 'recordUpdated', changes: [{ field: 'done', to: true }] },
            sla: {
              duration: { days: 1 },
              escalations: [
                {
                  atPercent: 50,
                  steps: [{ id: 'remindOwner', kind: 'notify', title: 'Overdue: {{ record.subject }}' }],
                },
                {
                  atPercent: 100,
                  steps: [
                    {
                      id: 'tellManager',
                      kind: 'notify',
                      to: [{ type: 'manager' }],
                      title: 'Task overdue by a day: {{ record.subject }}',
                    },
                  ],
                },
                {
                  atPercent: 150,
                  steps: [
                    {
                      id: 'managerTask',
                      kind: 'createTask',
                      subject: 'Take over: {{ record.subject }}',
                      assignee: { type: 'manager' },
                      dueInDays: 0,
                    },
                  ],
                },
              ],
              onTimeout: { atPercent: 200, then: 'continue' },
            },
          },
        ],
      },
    ],
  },
};

const weeklyPipelineDigest: WorkflowTemplate = {
  id: 'weekly-pipeline-digest',
  name: { en: 'Weekly pipeline digest', ru: 'Еженедельная сводка по воронке' },
  description: {
    en: 'Every Monday at 9:00 an e-mail to sales managers: open, new, won and lost deals of the week.',
    ru: 'Каждый понедельник в 9:00 письмо руководителям продаж: открытые, новые, выигранные и проигранные сделки за неделю.',
  },
  definition: {
    trigger: { type: 'schedule', cron: '0 9 * * MON', timeZone: 'Europe/Moscow' },
    steps: [
      { id: 'summary', kind: 'summarizePipeline', periodDays: 7 },
      {
        id: 'digest',
        kind: 'sendEmail',
        to: [{ type: 'role', role: 'sales_manager' }],
        subject: 'Pipeline digest: {{ steps.summary.openCount }} open deals',
        body: [
          'Open deals: {{ steps.summary.openCount }} ({{ steps.summary.openAmount }})',
          'New this week: {{ steps.summary.newCount }}',
          'Won this week: {{ steps.summary.wonCount }} ({{ steps.summary.wonAmount }})',
          'Lost this week: {{ steps.summary.lostCount }}',
        ].join('\n'),
      },
    ],
  },
};

export const builtInTemplates: readonly WorkflowTemplate[] = [
  newDealFollowUp,
  staleDealReminder,
  wonDealOnboarding,
  bigDiscountApproval,
  overdueTaskEscalation,
  weeklyPipelineDigest,
];
