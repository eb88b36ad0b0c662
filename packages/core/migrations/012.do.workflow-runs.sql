-- The projection of workflow runs the product shows (Temporal holds the durable state): status, the step
-- it is at, what it waits for, when its next timer fires, and the step log. Written by the interpreter's
-- activities, idempotently (a retried activity rewrites the same row).
CREATE TABLE "WorkflowRun" (
  "tenantId"           uuid NOT NULL,
  "id"                 uuid NOT NULL,
  "workflowId"         uuid NOT NULL,
  "version"            integer NOT NULL,
  "definitionHash"     text NOT NULL,
  "temporalWorkflowId" text NOT NULL,
  "triggerType"        text NOT NULL,
  "triggerEventId"     uuid,
  "recordType"         text,
  "recordId"           uuid,
  "status"             text NOT NULL DEFAULT 'pending'
                       CHECK ("status" IN ('pending', 'running', 'waiting', 'completed', 'failed', 'cancelled')),
  "currentStepId"      text,
  "waitingFor"         jsonb,
  "nextTimerAt"        timestamptz(3),
  "error"              text,
  "startedById"        uuid,
  "createdAt"          timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"          timestamptz(3) NOT NULL DEFAULT now(),
  "finishedAt"         timestamptz(3),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "temporalWorkflowId"),
  FOREIGN KEY ("tenantId", "workflowId", "version")
    REFERENCES "WorkflowVersion"("tenantId", "workflowId", "version") ON DELETE CASCADE
);
CREATE INDEX "WorkflowRun_record_idx" ON "WorkflowRun" ("tenantId", "recordType", "recordId", "createdAt" DESC);
CREATE INDEX "WorkflowRun_workflow_idx" ON "WorkflowRun" ("tenantId", "workflowId", "createdAt" DESC);
SELECT crm_make_tenant_table('"WorkflowRun"');

CREATE TABLE "WorkflowRunStep" (
  "tenantId"   uuid NOT NULL,
  "runId"      uuid NOT NULL,
  "seq"        integer NOT NULL CHECK ("seq" >= 0),
  "stepId"     text NOT NULL,
  "kind"       text NOT NULL,
  "status"     text NOT NULL
               CHECK ("status" IN ('started', 'waiting', 'completed', 'failed', 'skipped', 'escalated', 'cancelled')),
  "detail"     jsonb NOT NULL DEFAULT '{}'::jsonb,
  "error"      text,
  "startedAt"  timestamptz(3) NOT NULL DEFAULT now(),
  "finishedAt" timestamptz(3),
  PRIMARY KEY ("tenantId", "runId", "seq"),
  FOREIGN KEY ("tenantId", "runId") REFERENCES "WorkflowRun"("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"WorkflowRunStep"');
