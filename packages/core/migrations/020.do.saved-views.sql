-- Saved views of the record lists: a named set of search, sort, filters and columns, personal to its
-- owner or shared with the whole workspace. The owner is a member of the tenant (composite key).
CREATE TABLE "SavedView" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"         uuid NOT NULL,
  "objectType" text NOT NULL CHECK ("objectType" IN ('contact', 'account', 'deal', 'activity')),
  "name"       text NOT NULL CHECK (char_length("name") BETWEEN 1 AND 100),
  "ownerId"    uuid NOT NULL,
  "shared"     boolean NOT NULL DEFAULT false,
  "definition" jsonb NOT NULL,
  "createdAt"  timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  UNIQUE ("tenantId", "ownerId", "objectType", "name"),
  FOREIGN KEY ("tenantId", "ownerId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE
);
CREATE INDEX "SavedView_objectType_idx" ON "SavedView" ("tenantId", "objectType", "shared");
SELECT crm_make_tenant_table('"SavedView"');
