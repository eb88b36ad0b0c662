-- Routes and shipments with stops, per-tenant document templates, and per-manager activity plans.
-- Same rules as 001: "tenantId" leads every key, ids are UUIDv7 from the application, forced RLS.

-- A standard route: its planned stops in order (copied onto a shipment planned on it).
CREATE TABLE "LogisticsRoute" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "code"      text NOT NULL,
  "name"      text NOT NULL,
  "notes"     text,
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "LogisticsRoute_tenantId_code_key" ON "LogisticsRoute" ("tenantId", "code");
CREATE TRIGGER "LogisticsRoute_touch" BEFORE UPDATE ON "LogisticsRoute"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsRoute"');

CREATE TABLE "LogisticsRouteStop" (
  "tenantId"      uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "routeId"       uuid NOT NULL,
  "sequence"      integer NOT NULL CHECK ("sequence" >= 1),
  "kind"          text NOT NULL CHECK ("kind" IN ('pickup', 'delivery', 'waypoint')),
  "place"         text NOT NULL,
  -- Planned time from the route's start to the arrival here, and the time spent at the stop.
  "offsetMinutes" integer NOT NULL DEFAULT 0 CHECK ("offsetMinutes" >= 0),
  "dwellMinutes"  integer NOT NULL DEFAULT 0 CHECK ("dwellMinutes" >= 0),
  PRIMARY KEY ("tenantId", "routeId", "sequence"),
  FOREIGN KEY ("tenantId", "routeId") REFERENCES "LogisticsRoute" ("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"LogisticsRouteStop"');

-- A shipment (load) for a client account: cargo, vehicle, status, and its stops.
CREATE TABLE "LogisticsShipment" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "number"       text NOT NULL,
  "accountId"    uuid NOT NULL,
  "routeId"      uuid,
  "cargo"        text NOT NULL,
  "weightKg"     integer NOT NULL CHECK ("weightKg" > 0),
  "volumeM3"     numeric(8,2),
  "vehicleId"    uuid,
  "status"       text NOT NULL DEFAULT 'planned'
                 CHECK ("status" IN ('planned', 'assigned', 'in_transit', 'delivered', 'cancelled')),
  "statusReason" text,
  "ownerId"      uuid,
  "dispatchedAt" timestamptz(3),
  "deliveredAt"  timestamptz(3),
  "version"      integer NOT NULL DEFAULT 1,
  "createdAt"    timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "LogisticsShipment_vehicle_when_moving"
    CHECK ("status" NOT IN ('assigned', 'in_transit') OR "vehicleId" IS NOT NULL),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "routeId") REFERENCES "LogisticsRoute" ("tenantId", "id") ON DELETE RESTRICT,
  FOREIGN KEY ("tenantId", "vehicleId") REFERENCES "LogisticsVehicle" ("tenantId", "id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "LogisticsShipment_tenantId_number_key" ON "LogisticsShipment" ("tenantId", "number");
CREATE INDEX "LogisticsShipment_tenantId_status_idx" ON "LogisticsShipment" ("tenantId", "status", "createdAt" DESC);
CREATE INDEX "LogisticsShipment_tenantId_accountId_idx" ON "LogisticsShipment" ("tenantId", "accountId");
CREATE INDEX "LogisticsShipment_tenantId_vehicleId_idx" ON "LogisticsShipment" ("tenantId", "vehicleId");
CREATE TRIGGER "LogisticsShipment_touch" BEFORE UPDATE ON "LogisticsShipment"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsShipment"');

-- A shipment's stops: planned and actual arrival and departure.
CREATE TABLE "LogisticsShipmentStop" (
  "tenantId"           uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "shipmentId"         uuid NOT NULL,
  "sequence"           integer NOT NULL CHECK ("sequence" >= 1),
  "kind"               text NOT NULL CHECK ("kind" IN ('pickup', 'delivery', 'waypoint')),
  "place"              text NOT NULL,
  "plannedArrivalAt"   timestamptz(3),
  "plannedDepartureAt" timestamptz(3),
  "actualArrivalAt"    timestamptz(3),
  "actualDepartureAt"  timestamptz(3),
  PRIMARY KEY ("tenantId", "shipmentId", "sequence"),
  CONSTRAINT "LogisticsShipmentStop_departs_after_arrival"
    CHECK ("actualDepartureAt" IS NULL OR ("actualArrivalAt" IS NOT NULL AND "actualDepartureAt" >= "actualArrivalAt")),
  FOREIGN KEY ("tenantId", "shipmentId") REFERENCES "LogisticsShipment" ("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"LogisticsShipmentStop"');

-- Every change of a shipment, append-only: status changes and stop arrivals / departures.
CREATE TABLE "LogisticsShipmentEvent" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "shipmentId"   uuid NOT NULL,
  "kind"         text NOT NULL CHECK ("kind" IN ('created', 'status', 'arrived', 'departed')),
  "fromStatus"   text,
  "toStatus"     text,
  "stopSequence" integer,
  "vehicleId"    uuid,
  "reason"       text,
  "actorUserId"  uuid,
  "at"           timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "shipmentId") REFERENCES "LogisticsShipment" ("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "LogisticsShipmentEvent_shipment_idx"
  ON "LogisticsShipmentEvent" ("tenantId", "shipmentId", "at" DESC, "id" DESC);
SELECT crm_make_tenant_table('"LogisticsShipmentEvent"', 'SELECT, INSERT');

-- The tenant's own text of a standard document (contract, waybill); the built-in text applies without one.
CREATE TABLE "LogisticsDocumentTemplate" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "kind"      text NOT NULL CHECK ("kind" IN ('contract', 'waybill')),
  "title"     text NOT NULL,
  "body"      text NOT NULL,
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "kind")
);
CREATE TRIGGER "LogisticsDocumentTemplate_touch" BEFORE UPDATE ON "LogisticsDocumentTemplate"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsDocumentTemplate"');

-- A manager's activity plan for a period: calls and meetings with existing and potential clients.
CREATE TABLE "LogisticsSalesPlan" (
  "tenantId"          uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                uuid NOT NULL,
  "userId"            uuid NOT NULL,
  "periodStart"       date NOT NULL,
  "periodEnd"         date NOT NULL,
  "callsExisting"     integer NOT NULL DEFAULT 0 CHECK ("callsExisting" >= 0),
  "callsPotential"    integer NOT NULL DEFAULT 0 CHECK ("callsPotential" >= 0),
  "meetingsExisting"  integer NOT NULL DEFAULT 0 CHECK ("meetingsExisting" >= 0),
  "meetingsPotential" integer NOT NULL DEFAULT 0 CHECK ("meetingsPotential" >= 0),
  -- Set when the mid-period check ran for this plan (once per plan, alert or not).
  "midCheckedAt"      timestamptz(3),
  "version"           integer NOT NULL DEFAULT 1,
  "createdAt"         timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"         timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "LogisticsSalesPlan_period" CHECK ("periodEnd" >= "periodStart"),
  FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership" ("tenantId", "userId") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "LogisticsSalesPlan_tenantId_userId_periodStart_key"
  ON "LogisticsSalesPlan" ("tenantId", "userId", "periodStart");
CREATE INDEX "LogisticsSalesPlan_tenantId_periodEnd_idx" ON "LogisticsSalesPlan" ("tenantId", "periodEnd");
CREATE TRIGGER "LogisticsSalesPlan_touch" BEFORE UPDATE ON "LogisticsSalesPlan"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"LogisticsSalesPlan"');
