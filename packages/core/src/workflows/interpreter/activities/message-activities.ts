import type { TenantDb } from '../../../db/database.js';
import { AppError } from '../../../errors/index.js';
import { newId } from '../../../ids.js';
import { BlockedAddressError } from '../../../webhooks/network-guard.js';
import { sendSignedRequest } from '../../../webhooks/signed-request.js';
import type {
  CallWebhookInput,
  CreateApprovalInput,
  NotifyInput,
  SendEmailInput,
} from '../interpreter.types.js';
import { addressesOf, resolveRecipients } from './resolve-people.js';

/** How activities send e-mail: the app's mailer (SMTP_URL), injected by the composition root. */
export type SendMail = (message: {
  to: string;
  subject: string;
  text: string;
  idempotencyKey: string;
}) => Promise<void>;

/** In-app notifications, one per user; the key makes a retried activity add none twice. */
export async function notifyUsers(
  db: TenantDb,
  input: NotifyInput,
  effectKey: string,
): Promise<{ notified: number }> {
  const { userIds } = await resolveRecipients(db, input.to, input);
  for (const userId of userIds) {
    await db.notification.upsert({
      where: {
        tenantId_idempotencyKey: { tenantId: input.tenantId, idempotencyKey: `${effectKey}:${userId}` },
      },
      create: {
        tenantId: input.tenantId,
        id: newId(),
        userId,
        title: input.title.slice(0, 300),
        body: input.body,
        recordType: input.recordType,
        recordId: input.recordId,
        runId: input.runId,
        idempotencyKey: `${effectKey}:${userId}`,
      },
      update: {},
      select: { id: true },
    });
  }
  return { notified: userIds.length };
}

export async function sendEmails(
  db: TenantDb,
  input: SendEmailInput,
  effectKey: string,
  sendMail: SendMail,
): Promise<{ sent: number }> {
  const { userIds, addresses } = await resolveRecipients(db, input.to, input);
  const all = [...new Set([...(await addressesOf(db, userIds)), ...addresses])];
  for (const to of all) {
    await sendMail({ to, subject: input.subject, text: input.body, idempotencyKey: `${effectKey}:${to}` });
  }
  return { sent: all.length };
}

/** The approval request (pending) and a notification to every member holding the role. */
export async function createApproval(
  db: TenantDb,
  input: CreateApprovalInput,
): Promise<{ approvalId: string }> {
  const existing = await db.workflowApproval.findUnique({
    where: { tenantId_runId_stepId: { tenantId: input.tenantId, runId: input.runId, stepId: input.stepId } },
    select: { id: true },
  });
  if (existing) return { approvalId: existing.id };
  const role = await db.role.findFirst({ where: { key: input.role }, select: { id: true } });
  if (!role) throw AppError.notFound('Role');
  const approvalId = newId();
  await db.workflowApproval.create({
    data: {
      tenantId: input.tenantId,
      id: approvalId,
      runId: input.runId,
      stepId: input.stepId,
      roleKey: input.role,
      title: input.title.slice(0, 300),
      description: input.description,
      recordType: input.recordType,
      recordId: input.recordId,
    },
    select: { id: true },
  });
  await notifyUsers(
    db,
    {
      ...input,
      to: [{ type: 'role', role: input.role }],
      title: `Approval needed: ${input.title}`.slice(0, 300),
      body: input.description,
    },
    `approval:${approvalId}`,
  );
  return { approvalId };
}

/**
 * Calls an outgoing webhook, signed: `X-CRM-Signature: sha256=<HMAC-SHA256 of "<timestamp>.<body>">`
 * under the workflow's signing secret, `X-CRM-Timestamp`, and `Idempotency-Key` (the same on every
 * retry). The SSRF guard refuses private and internal addresses after DNS resolution (permanently:
 * a retry would not change the answer). A 5xx, 408 or 429 answer throws, so Temporal retries with backoff.
 */
export async function callWebhook(
  db: TenantDb,
  input: CallWebhookInput,
  effectKey: string,
): Promise<{ status: number }> {
  const workflow = await db.workflow.findFirst({
    where: { id: input.workflowId },
    select: { signingSecret: true },
  });
  if (!workflow) throw AppError.notFound('Workflow');
  let status: number;
  try {
    ({ status } = await sendSignedRequest({
      url: input.url,
      method: input.method,
      body: input.body ?? '',
      secret: workflow.signingSecret,
      idempotencyKey: effectKey,
    }));
  } catch (error) {
    if (error instanceof BlockedAddressError || error instanceof TypeError) {
      throw AppError.invalid([{ field: 'url', message: `may not be called (${error.message})` }]);
    }
    throw error;
  }
  if (status >= 500 || status === 429 || status === 408) {
    throw new AppError('INTERNAL', `The webhook answered ${status}`);
  }
  if (status >= 400) throw AppError.invalid([{ field: 'url', message: `the webhook answered ${status}` }]);
  return { status };
}
