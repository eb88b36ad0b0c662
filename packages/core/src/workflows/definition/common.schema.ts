import { z } from 'zod';
import { expressionLimits } from '../expressions/errors.js';
import { durationMs } from './time.js';

export { durationMs, type Duration } from './time.js';

/** Record types a workflow can be about. */
export const workflowRecordTypes = ['contact', 'account', 'deal', 'activity'] as const;
export type WorkflowRecordType = (typeof workflowRecordTypes)[number];
export const workflowRecordType = z.enum(workflowRecordTypes);

/** A condition or value in the expression language (docs/workflows.md). */
export const expression = z
  .string()
  .trim()
  .min(1)
  .max(expressionLimits.maxExpressionLength)
  .meta({ description: 'An expression, e.g. `record.amount > 100000 && record.status == "open"`' });

/** Text with `{{ expression }}` placeholders. */
export const template = (max = 2_000) =>
  z
    .string()
    .min(1)
    .max(Math.min(max, expressionLimits.maxTemplateLength))
    .meta({ description: 'Text with {{ expression }} placeholders, e.g. `Call {{ record.title }}`' });

/** Step ids name a step's output for later steps (`steps.<id>.<field>`). */
export const stepId = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'must start with a letter and hold only letters, digits and _');

/** A span of time; at least one part, at most ten years in all. */
export const duration = z
  .strictObject({
    days: z.number().int().min(0).max(3650).optional(),
    hours: z.number().int().min(0).max(87_600).optional(),
    minutes: z.number().int().min(0).max(5_256_000).optional(),
    seconds: z.number().int().min(0).max(315_360_000).optional(),
  })
  .refine((d) => durationMs(d) > 0, 'must be longer than zero')
  .refine((d) => durationMs(d) <= 3650 * 86_400_000, 'must be at most 10 years');

/** A JSON value written literally in a definition. */
export const literal = z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]);

const ownerRecipient = z.strictObject({
  type: z.literal('owner').meta({ description: "the record's owner" }),
});
const managerRecipient = z.strictObject({
  type: z.literal('manager').meta({ description: "the managers of the owner's teams" }),
});
const userRecipient = z.strictObject({ type: z.literal('user'), userId: z.uuid() });
const roleRecipient = z.strictObject({
  type: z.literal('role'),
  role: z.string().min(1).max(100).meta({ description: 'role key, e.g. sales_manager' }),
});

/** Who gets a task or a record: one user. */
export const assignee = z.discriminatedUnion('type', [ownerRecipient, managerRecipient, userRecipient]);
export type Assignee = z.infer<typeof assignee>;

/** Who receives an in-app notification: users of the tenant. */
export const userRecipients = z.discriminatedUnion('type', [
  ownerRecipient,
  managerRecipient,
  userRecipient,
  roleRecipient,
]);

/** Who receives an e-mail: users, or addresses. */
export const recipient = z.discriminatedUnion('type', [
  ownerRecipient,
  managerRecipient,
  userRecipient,
  roleRecipient,
  z.strictObject({ type: z.literal('email'), address: z.email().max(320) }),
  z.strictObject({
    type: z.literal('recordEmail').meta({ description: "the contact's first e-mail address" }),
  }),
]);
export type Recipient = z.infer<typeof recipient>;

/** Fields of each record type a workflow may read in a trigger condition or write in an update. */
export const writableFields: Record<WorkflowRecordType, readonly string[]> = {
  contact: ['firstName', 'lastName', 'middleName', 'position', 'ownerId'],
  account: ['name', 'industry', 'region', 'address', 'website', 'phone', 'ownerId'],
  deal: ['title', 'amount', 'expectedCloseDate', 'ownerId', 'stageId', 'lostReason'],
  activity: ['subject', 'body', 'dueAt', 'done', 'outcome', 'ownerId'],
};

/** Fields that can change on a record (for `record.updated` triggers and waits), beyond custom fields. */
export const watchableFields: Record<WorkflowRecordType, readonly string[]> = {
  contact: [...writableFields.contact, 'emails', 'phones', 'tags'],
  account: [...writableFields.account, 'taxId', 'tags'],
  deal: [...writableFields.deal, 'status', 'pipelineId', 'closedAt', 'accountId', 'currency', 'tags'],
  activity: [
    ...writableFields.activity,
    'type',
    'completedAt',
    'occurredAt',
    'dealId',
    'contactId',
    'accountId',
  ],
};

/** Date fields a date-relative trigger can count from. */
export const dateFields: Record<WorkflowRecordType, readonly string[]> = {
  contact: ['createdAt', 'updatedAt'],
  account: ['createdAt', 'updatedAt'],
  deal: ['expectedCloseDate', 'closedAt', 'stageChangedAt', 'createdAt', 'updatedAt'],
  activity: ['dueAt', 'occurredAt', 'completedAt', 'createdAt'],
};

/** `customFields.<key>` names a custom field of the record type. */
export const customFieldPath = /^customFields\.[a-zA-Z][a-zA-Z0-9_]{0,62}$/;
