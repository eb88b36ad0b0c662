-- Approvals a run waits for: decided by a member holding the role, with a comment.
CREATE TABLE "WorkflowApproval" (
  "tenantId"    uuid NOT NULL,
  "id"          uuid NOT NULL,
  "runId"       uuid NOT NULL,
  "stepId"      text NOT NULL,
  "roleKey"     text NOT NULL,
  "title"       text NOT NULL,
  "description" text,
  "recordType"  text,
  "recordId"    uuid,
  "status"      text NOT NULL DEFAULT 'pending'
                CHECK ("status" IN ('pending', 'approved', 'rejected', 'cancelled')),
  "decidedById" uuid,
  "comment"     text,
  "decidedAt"   timestamptz(3),
  "createdAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "runId", "stepId"),
  FOREIGN KEY ("tenantId", "runId") REFERENCES "WorkflowRun"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "WorkflowApproval_pending_idx" ON "WorkflowApproval" ("tenantId", "roleKey", "createdAt")
  WHERE "status" = 'pending';
SELECT crm_make_tenant_table('"WorkflowApproval"');

-- In-app notifications. The idempotency key makes a retried activity add one notification, not two.
CREATE TABLE "Notification" (
  "tenantId"       uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"             uuid NOT NULL,
  "userId"         uuid NOT NULL,
  "title"          text NOT NULL,
  "body"           text,
  "recordType"     text,
  "recordId"       uuid,
  "runId"          uuid,
  "idempotencyKey" text NOT NULL,
  "readAt"         timestamptz(3),
  "createdAt"      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "idempotencyKey")
);
CREATE INDEX "Notification_user_idx" ON "Notification" ("tenantId", "userId", "createdAt" DESC, "id" DESC);
SELECT crm_make_tenant_table('"Notification"');
