// Shapes and a definition shared by the workflow API tests.

export interface Version {
  version: number;
  publishedAt: string | null;
  status: string;
  hash: string;
  triggerType: string;
  definition: { steps: unknown[] };
}
export interface Workflow {
  id: string;
  runCount?: number;
  lastPublishedAt?: string | null;
  name: string;
  status: string;
  latestVersion: number;
  publishedVersion: number | null;
  templateId: string | null;
  latest: Version;
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A deal follow-up: a task, then a notification for big deals. */
export const followUp = (subject = 'Call {{ record.title }}') => ({
  trigger: { type: 'record.created', recordType: 'deal' },
  steps: [
    { id: 'call', kind: 'createTask', subject, dueInDays: 1 },
    {
      id: 'check',
      kind: 'condition',
      if: 'record.amount > 1000',
      then: [{ id: 'tell', kind: 'notify', title: 'Big one' }],
    },
  ],
});
