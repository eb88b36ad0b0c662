-- The __plugin__ plugin's tables: "tenantId" leads every key, ids are UUIDv7 from the application,
-- RLS enabled and forced by crm_make_tenant_table.
CREATE TABLE "__Plugin__Item" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      text NOT NULL,
  "status"    text NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'archived')),
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "__Plugin__Item_tenantId_name_key" ON "__Plugin__Item" ("tenantId", "name");
CREATE TRIGGER "__Plugin__Item_touch" BEFORE UPDATE ON "__Plugin__Item"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"__Plugin__Item"');
