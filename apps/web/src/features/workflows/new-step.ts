import type {
  BuiltInStepKind,
  RecordType,
  TriggerType,
  WorkflowStep,
  WorkflowTrigger,
} from './definition.js';

/** A new step of a built-in kind with its defaults, ready for the admin to fill in. */
export function newBuiltInStep(kind: BuiltInStepKind, id: string, text: string): WorkflowStep {
  switch (kind) {
    case 'condition':
      return { id, kind, if: 'record.amount > 100000', then: [], else: [] };
    case 'delay':
      return { id, kind, duration: { days: 1 } };
    case 'waitUntil':
      return { id, kind, date: 'record.expectedCloseDate', offsetDays: 0 };
    case 'waitForEvent':
      return { id, kind, event: { type: 'recordUpdated', changes: [{ field: 'status' }] } };
    case 'createTask':
      return {
        id,
        kind,
        subject: text,
        activityType: 'task',
        dueInDays: 1,
        businessDays: false,
        assignee: { type: 'owner' },
      };
    case 'assign':
      return { id, kind, rule: { type: 'user', userId: '' }, keepExistingOwner: false };
    case 'updateFields':
      return { id, kind, set: { lostReason: '' } };
    case 'sendEmail':
      return { id, kind, to: [{ type: 'owner' }], subject: text, body: text };
    case 'notify':
      return { id, kind, to: [{ type: 'owner' }], title: text };
    case 'webhook':
      return { id, kind, url: 'https://example.com/hook', method: 'POST', maxAttempts: 8 };
    case 'approval':
      return { id, kind, role: 'sales_manager', title: text };
    case 'actionPlan':
      return {
        id,
        kind,
        businessDays: true,
        tasks: [{ key: 'first', subject: text, offsetDays: 0, dependsOn: [], assignee: { type: 'owner' } }],
      };
    case 'summarizePipeline':
      return { id, kind, periodDays: 7 };
  }
}

/** A plugin step (`<pluginId>.<name>`) with an empty input for its form to fill. */
export function newPluginStep(kind: `${string}.${string}`, id: string): WorkflowStep {
  return { id, kind, input: {} };
}

/** A trigger of another type, keeping the record type where both have one. */
export function newTrigger(type: TriggerType, recordType: RecordType): WorkflowTrigger {
  switch (type) {
    case 'record.created':
      return { type, recordType };
    case 'record.updated':
      return { type, recordType };
    case 'date':
      return { type, recordType, field: 'createdAt', offsetDays: 1 };
    case 'schedule':
      return { type, cron: '0 9 * * MON', timeZone: 'Europe/Moscow' };
    case 'manual':
      return { type, recordType };
    case 'webhook':
      return { type, recordType };
  }
}

/** The definition a new workflow starts from: a manual trigger on deals and one task. */
export function starterDefinition(taskSubject: string) {
  return {
    trigger: { type: 'manual', recordType: 'deal' } satisfies WorkflowTrigger,
    steps: [newBuiltInStep('createTask', 'createTask', taskSubject)],
  };
}
