-- The logistics plugin's tables. Same rules as the core's: "tenantId" leads every key, ids are UUIDv7
-- from the application, RLS enabled and forced (crm_make_tenant_table). Links to core records are
-- plugin-owned tables with composite foreign keys; core tables are never altered.

-- Logistics facts about a core account: its roles towards us, services, volumes and competitors.
CREATE TABLE "LogisticsAccountProfile" (
  "tenantId"          uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "accountId"         uuid NOT NULL,
  "isClient"          boolean NOT NULL DEFAULT false,
  "isSupplier"        boolean NOT NULL DEFAULT false,
  "isPartner"         boolean NOT NULL DEFAULT false,
  "services"          text[] NOT NULL DEFAULT '{}',
  "monthlyLoads"      integer,
  "monthlyTonnes"     numeric(12,2),
  "potentialLoads"    integer,
  "growthPotential"   text CHECK ("growthPotential" IN ('low', 'medium', 'high')),
  "otherCarriers"     text[] NOT NULL DEFAULT '{}',
  "notes"             text,
  "version"           integer NOT NULL DEFAULT 1,
  "createdAt"         timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"         timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "accountId"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE
);
CREATE TRIGGER "LogisticsAccountProfile_touch" BEFORE UPDATE ON "LogisticsAccountProfile"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsAccountProfile"');

CREATE TABLE "LogisticsVehicle" (
  "tenantId"        uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"              uuid NOT NULL,
  "plateNumber"     text NOT NULL,
  "vin"             text,
  "make"            text NOT NULL,
  "model"           text NOT NULL,
  "year"            integer,
  "bodyType"        text NOT NULL,
  "payloadKg"       integer NOT NULL,
  "volumeM3"        numeric(8,2),
  "ownership"       text NOT NULL DEFAULT 'own' CHECK ("ownership" IN ('own', 'leased', 'partner')),
  "status"          text NOT NULL DEFAULT 'free'
                    CHECK ("status" IN ('free', 'reserved', 'in_transit', 'blocked')),
  "statusReason"    text,
  "reservedUntil"   timestamptz(3),
  "reservedForAccountId" uuid,
  "statusChangedAt" timestamptz(3) NOT NULL DEFAULT now(),
  "version"         integer NOT NULL DEFAULT 1,
  "createdAt"       timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"       timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "LogisticsVehicle_reserved_has_deadline"
    CHECK (("status" = 'reserved') = ("reservedUntil" IS NOT NULL)),
  CONSTRAINT "LogisticsVehicle_blocked_has_reason"
    CHECK ("status" <> 'blocked' OR "statusReason" IS NOT NULL)
);
CREATE UNIQUE INDEX "LogisticsVehicle_tenantId_plateNumber_key" ON "LogisticsVehicle" ("tenantId", "plateNumber");
CREATE INDEX "LogisticsVehicle_tenantId_status_idx" ON "LogisticsVehicle" ("tenantId", "status");
CREATE TRIGGER "LogisticsVehicle_touch" BEFORE UPDATE ON "LogisticsVehicle"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsVehicle"');

-- Every status change of a vehicle, append-only (who, when, from, to, why).
CREATE TABLE "LogisticsVehicleStatusChange" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "vehicleId"   uuid NOT NULL,
  "fromStatus"  text NOT NULL,
  "toStatus"    text NOT NULL,
  "reason"      text,
  "actorUserId" uuid,
  "at"          timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "vehicleId") REFERENCES "LogisticsVehicle" ("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "LogisticsVehicleStatusChange_vehicle_idx"
  ON "LogisticsVehicleStatusChange" ("tenantId", "vehicleId", "at" DESC, "id" DESC);
SELECT crm_make_tenant_table('"LogisticsVehicleStatusChange"', 'SELECT, INSERT');

CREATE TABLE "LogisticsContract" (
  "tenantId"          uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                uuid NOT NULL,
  "number"            text NOT NULL,
  "accountId"         uuid NOT NULL,
  "kind"              text NOT NULL CHECK ("kind" IN ('client', 'supplier', 'carrier')),
  "status"            text NOT NULL DEFAULT 'active'
                      CHECK ("status" IN ('draft', 'active', 'expired', 'terminated')),
  "startsOn"          date NOT NULL,
  "endsOn"            date NOT NULL,
  "autoRenew"         boolean NOT NULL DEFAULT false,
  "renewalTermMonths" integer NOT NULL DEFAULT 12 CHECK ("renewalTermMonths" BETWEEN 1 AND 120),
  "noticeDays"        integer NOT NULL DEFAULT 30 CHECK ("noticeDays" BETWEEN 0 AND 365),
  "ownerId"           uuid,
  "notes"             text,
  "version"           integer NOT NULL DEFAULT 1,
  "createdAt"         timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"         timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "LogisticsContract_term" CHECK ("endsOn" > "startsOn"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "LogisticsContract_tenantId_number_key" ON "LogisticsContract" ("tenantId", "number");
CREATE INDEX "LogisticsContract_tenantId_endsOn_idx" ON "LogisticsContract" ("tenantId", "status", "endsOn");
CREATE INDEX "LogisticsContract_tenantId_accountId_idx" ON "LogisticsContract" ("tenantId", "accountId");
CREATE TRIGGER "LogisticsContract_touch" BEFORE UPDATE ON "LogisticsContract"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsContract"');
