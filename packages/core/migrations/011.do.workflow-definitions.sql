-- Workflows a tenant admin configures (docs/workflows.md). A workflow is a head row with its versions:
-- one draft at most, at most one published (immutable, with the hash of its definition), older published
-- versions superseded. Runs name the version they started with.
CREATE TABLE "Workflow" (
  "tenantId"         uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"               uuid NOT NULL,
  "name"             text NOT NULL CHECK (length("name") BETWEEN 1 AND 200),
  "description"      text,
  "status"           text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'published', 'archived')),
  "latestVersion"    integer NOT NULL DEFAULT 1,
  "publishedVersion" integer,
  "templateId"       text,
  -- Inbound webhook trigger: SHA-256 of the secret token in the hook URL (the token itself is shown once).
  "hookTokenHash"    text UNIQUE,
  -- Outgoing webhook steps sign their requests with HMAC-SHA256 under this key (the receiver verifies).
  "signingSecret"    text NOT NULL,
  "createdById"      uuid,
  "createdAt"        timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"        timestamptz(3) NOT NULL DEFAULT now(),
  "archivedAt"       timestamptz(3),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "Workflow_tenantId_updatedAt_idx" ON "Workflow" ("tenantId", "updatedAt" DESC, "id" DESC);
SELECT crm_make_tenant_table('"Workflow"');

CREATE TABLE "WorkflowVersion" (
  "tenantId"      uuid NOT NULL,
  "workflowId"    uuid NOT NULL,
  "version"       integer NOT NULL CHECK ("version" > 0),
  "status"        text NOT NULL CHECK ("status" IN ('draft', 'published', 'superseded', 'archived')),
  "definition"    jsonb NOT NULL,
  "hash"          text NOT NULL,
  "triggerType"   text NOT NULL,
  "recordType"    text,
  "createdById"   uuid,
  "createdAt"     timestamptz(3) NOT NULL DEFAULT now(),
  "publishedById" uuid,
  "publishedAt"   timestamptz(3),
  PRIMARY KEY ("tenantId", "workflowId", "version"),
  FOREIGN KEY ("tenantId", "workflowId") REFERENCES "Workflow"("tenantId", "id") ON DELETE CASCADE
);
-- The trigger router looks up the published versions a record event can start.
CREATE INDEX "WorkflowVersion_published_idx" ON "WorkflowVersion" ("tenantId", "triggerType", "recordType")
  WHERE "status" = 'published';
CREATE UNIQUE INDEX "WorkflowVersion_one_published_idx" ON "WorkflowVersion" ("tenantId", "workflowId")
  WHERE "status" = 'published';
CREATE UNIQUE INDEX "WorkflowVersion_one_draft_idx" ON "WorkflowVersion" ("tenantId", "workflowId")
  WHERE "status" = 'draft';
SELECT crm_make_tenant_table('"WorkflowVersion"');

-- Inbound webhooks arrive without a session: resolve the token to its workflow (published, not archived).
CREATE FUNCTION crm_resolve_workflow_hook(token_hash text)
  RETURNS TABLE ("tenantId" uuid, "workflowId" uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT w."tenantId", w."id" FROM "Workflow" w
    WHERE w."hookTokenHash" = token_hash AND w."status" = 'published'
  $$;
ALTER FUNCTION crm_resolve_workflow_hook(text) OWNER TO crm_system;
REVOKE ALL ON FUNCTION crm_resolve_workflow_hook(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crm_resolve_workflow_hook(text) TO crm_app;

-- Tenant admins manage workflows: add the new subject to the admin roles of existing tenants (new
-- tenants get it from the permission registry). The role rows are tenant rows, so cross tenants as
-- crm_system for this one statement.
SET LOCAL ROLE crm_system;
UPDATE "Role"
SET "permissions" = jsonb_set(
  "permissions", '{grants,Workflow}',
  '{"actions": ["read", "create", "update", "delete", "export", "import", "assign", "manage"], "scope": "all"}'::jsonb)
WHERE "key" = 'admin' AND "isSystem";
RESET ROLE;
