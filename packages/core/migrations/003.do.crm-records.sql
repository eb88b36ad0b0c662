-- Core CRM records. Every table: "tenantId" leads the primary key, every unique constraint and
-- every foreign key; ids are UUIDv7 made by the application; RLS enabled and forced.

-- array_to_string is only STABLE; over text[] it is immutable in fact, which generated columns need.
CREATE FUNCTION crm_join_text(items text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(items, ' ') $$;

CREATE TABLE "Account" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "name"         text NOT NULL,
  "taxId"        text,
  "industry"     text,
  "region"       text,
  "address"      text,
  "website"      text,
  "phone"        text,
  "ownerId"      uuid,
  "customFields" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "version"      integer NOT NULL DEFAULT 1,
  "createdById"  uuid,
  "createdAt"    timestamptz NOT NULL DEFAULT now(),
  "updatedAt"    timestamptz NOT NULL DEFAULT now(),
  "deletedAt"    timestamptz,
  "search"       tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('russian', coalesce("name", '')), 'A') ||
    setweight(to_tsvector('english', coalesce("name", '')), 'A') ||
    setweight(to_tsvector('simple', coalesce("taxId", '') || ' ' || coalesce("website", '') || ' ' || coalesce("phone", '')), 'B') ||
    setweight(to_tsvector('russian', coalesce("industry", '') || ' ' || coalesce("region", '') || ' ' || coalesce("address", '')), 'C')
  ) STORED,
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "Account_tenantId_updatedAt_idx" ON "Account" ("tenantId", "updatedAt" DESC, "id" DESC);
CREATE INDEX "Account_tenantId_ownerId_idx" ON "Account" ("tenantId", "ownerId");
CREATE INDEX "Account_tenantId_taxId_idx" ON "Account" ("tenantId", "taxId");
CREATE INDEX "Account_search_idx" ON "Account" USING gin ("search");
CREATE INDEX "Account_name_trgm_idx" ON "Account" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Account_customFields_idx" ON "Account" USING gin ("customFields" jsonb_path_ops);
CREATE TRIGGER "Account_touch" BEFORE UPDATE ON "Account" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"Account"');

CREATE TABLE "Contact" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "firstName"    text NOT NULL,
  "lastName"     text,
  "middleName"   text,
  "emails"       text[] NOT NULL DEFAULT '{}',
  "phones"       text[] NOT NULL DEFAULT '{}',
  "position"     text,
  "ownerId"      uuid,
  "customFields" jsonb NOT NULL DEFAULT '{}'::jsonb,
  "version"      integer NOT NULL DEFAULT 1,
  "createdById"  uuid,
  "createdAt"    timestamptz NOT NULL DEFAULT now(),
  "updatedAt"    timestamptz NOT NULL DEFAULT now(),
  "deletedAt"    timestamptz,
  "fullName"     text GENERATED ALWAYS AS (
    trim(coalesce("lastName", '') || ' ' || "firstName" || ' ' || coalesce("middleName", ''))
  ) STORED,
  "search"       tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('russian', "firstName" || ' ' || coalesce("lastName", '') || ' ' || coalesce("middleName", '')), 'A') ||
    setweight(to_tsvector('english', "firstName" || ' ' || coalesce("lastName", '')), 'A') ||
    setweight(to_tsvector('simple', crm_join_text("emails") || ' ' || crm_join_text("phones")), 'B') ||
    setweight(to_tsvector('russian', coalesce("position", '')), 'C')
  ) STORED,
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "Contact_tenantId_updatedAt_idx" ON "Contact" ("tenantId", "updatedAt" DESC, "id" DESC);
CREATE INDEX "Contact_tenantId_ownerId_idx" ON "Contact" ("tenantId", "ownerId");
CREATE INDEX "Contact_emails_idx" ON "Contact" USING gin ("emails");
CREATE INDEX "Contact_phones_idx" ON "Contact" USING gin ("phones");
CREATE INDEX "Contact_search_idx" ON "Contact" USING gin ("search");
CREATE INDEX "Contact_fullName_trgm_idx" ON "Contact" USING gin ("fullName" gin_trgm_ops);
CREATE INDEX "Contact_customFields_idx" ON "Contact" USING gin ("customFields" jsonb_path_ops);
CREATE TRIGGER "Contact_touch" BEFORE UPDATE ON "Contact" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"Contact"');

-- A person's link to a company, with the role they play there.
CREATE TABLE "AccountContact" (
  "tenantId"  uuid NOT NULL,
  "accountId" uuid NOT NULL,
  "contactId" uuid NOT NULL,
  "role"      text,
  "isPrimary" boolean NOT NULL DEFAULT false,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "accountId", "contactId"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "AccountContact_contact_idx" ON "AccountContact" ("tenantId", "contactId");
SELECT crm_make_tenant_table('"AccountContact"');

CREATE TABLE "Pipeline" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      text NOT NULL,
  "isDefault" boolean NOT NULL DEFAULT false,
  "position"  integer NOT NULL DEFAULT 0,
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  "updatedAt" timestamptz NOT NULL DEFAULT now(),
  "deletedAt" timestamptz,
  PRIMARY KEY ("tenantId", "id")
);
CREATE TRIGGER "Pipeline_touch" BEFORE UPDATE ON "Pipeline" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"Pipeline"');

CREATE TABLE "Stage" (
  "tenantId"    uuid NOT NULL,
  "id"          uuid NOT NULL,
  "pipelineId"  uuid NOT NULL,
  "name"        text NOT NULL,
  "position"    integer NOT NULL,
  "probability" integer NOT NULL CHECK ("probability" BETWEEN 0 AND 100),
  "kind"        text NOT NULL CHECK ("kind" IN ('open', 'won', 'lost')),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "pipelineId") REFERENCES "Pipeline"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "Stage_pipeline_idx" ON "Stage" ("tenantId", "pipelineId", "position");
SELECT crm_make_tenant_table('"Stage"');

CREATE TABLE "Deal" (
  "tenantId"          uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                uuid NOT NULL,
  "title"             text NOT NULL,
  "amount"            numeric(18, 2),
  "currency"          char(3) NOT NULL DEFAULT 'RUB',
  "pipelineId"        uuid NOT NULL,
  "stageId"           uuid NOT NULL,
  "expectedCloseDate" date,
  "ownerId"           uuid,
  "accountId"         uuid,
  "lostReason"        text,
  "closedAt"          timestamptz,
  "stageChangedAt"    timestamptz NOT NULL DEFAULT now(),
  "customFields"      jsonb NOT NULL DEFAULT '{}'::jsonb,
  "version"           integer NOT NULL DEFAULT 1,
  "createdById"       uuid,
  "createdAt"         timestamptz NOT NULL DEFAULT now(),
  "updatedAt"         timestamptz NOT NULL DEFAULT now(),
  "deletedAt"         timestamptz,
  "search"            tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('russian', "title"), 'A') || setweight(to_tsvector('english', "title"), 'A')
  ) STORED,
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "pipelineId") REFERENCES "Pipeline"("tenantId", "id"),
  FOREIGN KEY ("tenantId", "stageId") REFERENCES "Stage"("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id")
);
CREATE INDEX "Deal_tenantId_updatedAt_idx" ON "Deal" ("tenantId", "updatedAt" DESC, "id" DESC);
CREATE INDEX "Deal_tenantId_stageId_idx" ON "Deal" ("tenantId", "stageId");
CREATE INDEX "Deal_tenantId_ownerId_idx" ON "Deal" ("tenantId", "ownerId");
CREATE INDEX "Deal_tenantId_accountId_idx" ON "Deal" ("tenantId", "accountId");
CREATE INDEX "Deal_search_idx" ON "Deal" USING gin ("search");
CREATE INDEX "Deal_title_trgm_idx" ON "Deal" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Deal_customFields_idx" ON "Deal" USING gin ("customFields" jsonb_path_ops);
CREATE TRIGGER "Deal_touch" BEFORE UPDATE ON "Deal" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"Deal"');

CREATE TABLE "DealContact" (
  "tenantId"  uuid NOT NULL,
  "dealId"    uuid NOT NULL,
  "contactId" uuid NOT NULL,
  "role"      text,
  PRIMARY KEY ("tenantId", "dealId", "contactId"),
  FOREIGN KEY ("tenantId", "dealId") REFERENCES "Deal"("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "DealContact_contact_idx" ON "DealContact" ("tenantId", "contactId");
SELECT crm_make_tenant_table('"DealContact"');

CREATE TABLE "Activity" (
  "tenantId"        uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"              uuid NOT NULL,
  "type"            text NOT NULL CHECK ("type" IN ('call', 'meeting', 'task', 'note', 'email')),
  "subject"         text NOT NULL,
  "body"            text,
  "dueAt"           timestamptz,
  "occurredAt"      timestamptz,
  "done"            boolean NOT NULL DEFAULT false,
  "completedAt"     timestamptz,
  "outcome"         text,
  "durationMinutes" integer CHECK ("durationMinutes" >= 0),
  "ownerId"         uuid,
  "accountId"       uuid,
  "contactId"       uuid,
  "dealId"          uuid,
  "version"         integer NOT NULL DEFAULT 1,
  "createdById"     uuid,
  "createdAt"       timestamptz NOT NULL DEFAULT now(),
  "updatedAt"       timestamptz NOT NULL DEFAULT now(),
  "deletedAt"       timestamptz,
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account"("tenantId", "id"),
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact"("tenantId", "id"),
  FOREIGN KEY ("tenantId", "dealId") REFERENCES "Deal"("tenantId", "id")
);
CREATE INDEX "Activity_tenantId_updatedAt_idx" ON "Activity" ("tenantId", "updatedAt" DESC, "id" DESC);
CREATE INDEX "Activity_account_idx" ON "Activity" ("tenantId", "accountId", "createdAt" DESC);
CREATE INDEX "Activity_contact_idx" ON "Activity" ("tenantId", "contactId", "createdAt" DESC);
CREATE INDEX "Activity_deal_idx" ON "Activity" ("tenantId", "dealId", "createdAt" DESC);
CREATE INDEX "Activity_owner_due_idx" ON "Activity" ("tenantId", "ownerId", "dueAt") WHERE "done" = false;
CREATE TRIGGER "Activity_touch" BEFORE UPDATE ON "Activity" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"Activity"');

CREATE TABLE "Tag" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      citext NOT NULL,
  "color"     text,
  "createdAt" timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "name")
);
SELECT crm_make_tenant_table('"Tag"');

-- A tag on any record; the record is named by type and id (records of several tables carry tags).
CREATE TABLE "RecordTag" (
  "tenantId"   uuid NOT NULL,
  "tagId"      uuid NOT NULL,
  "recordType" text NOT NULL CHECK ("recordType" IN ('account', 'contact', 'deal')),
  "recordId"   uuid NOT NULL,
  PRIMARY KEY ("tenantId", "tagId", "recordType", "recordId"),
  FOREIGN KEY ("tenantId", "tagId") REFERENCES "Tag"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "RecordTag_record_idx" ON "RecordTag" ("tenantId", "recordType", "recordId");
SELECT crm_make_tenant_table('"RecordTag"');

CREATE TABLE "CustomFieldDefinition" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"         uuid NOT NULL,
  "objectType" text NOT NULL CHECK ("objectType" IN ('account', 'contact', 'deal')),
  "key"        text NOT NULL CHECK ("key" ~ '^[a-z][a-zA-Z0-9_]{0,62}$'),
  "label"      text NOT NULL,
  "type"       text NOT NULL CHECK ("type" IN ('text', 'number', 'money', 'date', 'boolean', 'select', 'multiSelect', 'user')),
  "options"    jsonb NOT NULL DEFAULT '[]'::jsonb,
  "required"   boolean NOT NULL DEFAULT false,
  "sensitive"  boolean NOT NULL DEFAULT false,
  "position"   integer NOT NULL DEFAULT 0,
  "archivedAt" timestamptz,
  "createdAt"  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "objectType", "key")
);
SELECT crm_make_tenant_table('"CustomFieldDefinition"');

CREATE TABLE "OwnershipChange" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "recordType"  text NOT NULL CHECK ("recordType" IN ('account', 'contact', 'deal', 'activity')),
  "recordId"    uuid NOT NULL,
  "fromUserId"  uuid,
  "toUserId"    uuid,
  "changedById" uuid,
  "reason"      text,
  "requestId"   text,
  "changedAt"   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "OwnershipChange_record_idx" ON "OwnershipChange" ("tenantId", "recordType", "recordId", "changedAt" DESC);
SELECT crm_make_tenant_table('"OwnershipChange"', 'SELECT, INSERT');

-- Append-only audit trail: the application may add and read, never change or remove;
-- the trigger stops even the table owner.
CREATE TABLE "AuditLog" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id"),
  "id"          uuid NOT NULL,
  "at"          timestamptz NOT NULL DEFAULT now(),
  "actorUserId" uuid,
  "actorApiKeyId" uuid,
  "action"      text NOT NULL,
  "recordType"  text,
  "recordId"    uuid,
  "before"      jsonb,
  "after"       jsonb,
  "requestId"   text,
  "ip"          text,
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "AuditLog_record_idx" ON "AuditLog" ("tenantId", "recordType", "recordId", "at" DESC);
CREATE INDEX "AuditLog_at_idx" ON "AuditLog" ("tenantId", "at" DESC);
CREATE FUNCTION crm_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER "AuditLog_append_only" BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION crm_audit_is_append_only();
CREATE TRIGGER "AuditLog_no_truncate" BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION crm_audit_is_append_only();
SELECT crm_make_tenant_table('"AuditLog"', 'SELECT, INSERT');
REVOKE UPDATE, DELETE, TRUNCATE ON "AuditLog" FROM crm_system;

-- Record changes that later start or signal workflows; written in the same transaction as the change.
CREATE TABLE "Outbox" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "topic"        text NOT NULL,
  "recordType"   text,
  "recordId"     uuid,
  "payload"      jsonb NOT NULL DEFAULT '{}'::jsonb,
  "createdAt"    timestamptz NOT NULL DEFAULT now(),
  "attempts"     integer NOT NULL DEFAULT 0,
  "lastError"    text,
  "dispatchedAt" timestamptz,
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "Outbox_pending_idx" ON "Outbox" ("createdAt") WHERE "dispatchedAt" IS NULL;
SELECT crm_make_tenant_table('"Outbox"', 'SELECT, INSERT');

CREATE TABLE "Import" (
  "tenantId"      uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"            uuid NOT NULL,
  "objectType"    text NOT NULL CHECK ("objectType" IN ('account', 'contact', 'deal')),
  "status"        text NOT NULL CHECK ("status" IN ('pending', 'running', 'completed', 'failed')),
  "dryRun"        boolean NOT NULL DEFAULT false,
  "fileName"      text,
  "mapping"       jsonb NOT NULL DEFAULT '{}'::jsonb,
  "totalRows"     integer NOT NULL DEFAULT 0,
  "processedRows" integer NOT NULL DEFAULT 0,
  "createdRows"   integer NOT NULL DEFAULT 0,
  "updatedRows"   integer NOT NULL DEFAULT 0,
  "errorRows"     integer NOT NULL DEFAULT 0,
  "errors"        jsonb NOT NULL DEFAULT '[]'::jsonb,
  "createdById"   uuid,
  "createdAt"     timestamptz NOT NULL DEFAULT now(),
  "finishedAt"    timestamptz,
  PRIMARY KEY ("tenantId", "id")
);
SELECT crm_make_tenant_table('"Import"');
