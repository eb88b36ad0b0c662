-- The telecom plugin's tables (TM Forum models: TMF620 catalog, TMF637 inventory, TMF622 ordering,
-- TMF621 trouble tickets, TMF635 usage). Same rules as the core's: "tenantId" leads every key, ids are
-- UUIDv7 from the application, RLS enabled and forced (crm_make_tenant_table); core tables are never
-- altered, links to core records are composite foreign keys.

-- TMF620 ProductOffering: a tariff or a service package (bundle). lifecycleStatus follows the TM Forum
-- guideline values; only Launched (and Active) offerings are orderable.
CREATE TABLE "TelecomProductOffering" (
  "tenantId"        uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"              uuid NOT NULL,
  "name"            text NOT NULL,
  "description"     text,
  "catalogVersion"  text NOT NULL DEFAULT '1.0',
  "lifecycleStatus" text NOT NULL DEFAULT 'In study'
                    CHECK ("lifecycleStatus" IN ('In study', 'In design', 'In test', 'Active', 'Launched',
                                                 'Retired', 'Obsolete', 'Rejected')),
  "statusReason"    text,
  "isBundle"        boolean NOT NULL DEFAULT false,
  "isSellable"      boolean NOT NULL DEFAULT true,
  "marketSegment"   text[] NOT NULL DEFAULT '{}',
  "validFrom"       timestamptz(3),
  "validTo"         timestamptz(3),
  "version"         integer NOT NULL DEFAULT 1,
  "createdAt"       timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"       timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "TelecomProductOffering_tenantId_name_key" ON "TelecomProductOffering" ("tenantId", "name");
CREATE INDEX "TelecomProductOffering_tenantId_lifecycleStatus_idx"
  ON "TelecomProductOffering" ("tenantId", "lifecycleStatus");
CREATE TRIGGER "TelecomProductOffering_touch" BEFORE UPDATE ON "TelecomProductOffering"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomProductOffering"');

-- TMF620 ProductOfferingPrice: recurring (per period), one-time, usage (per unit of measure) and
-- allowance (quantity included in the recurring charge). Money is tax-included with its currency.
CREATE TABLE "TelecomProductOfferingPrice" (
  "tenantId"                    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                          uuid NOT NULL,
  "offeringId"                  uuid NOT NULL,
  "position"                    integer NOT NULL DEFAULT 0,
  "name"                        text NOT NULL,
  "priceType"                   text NOT NULL CHECK ("priceType" IN ('recurring', 'oneTime', 'usage', 'allowance')),
  "recurringChargePeriodType"   text CHECK ("recurringChargePeriodType" IN ('day', 'week', 'month', 'year')),
  "recurringChargePeriodLength" integer,
  "usageType"                   text CHECK ("usageType" IN ('data', 'voice', 'sms')),
  "unitOfMeasureAmount"         numeric(14,3),
  "unitOfMeasureUnits"          text,
  "amount"                      numeric(14,2) NOT NULL CHECK ("amount" >= 0),
  "currency"                    char(3) NOT NULL,
  "taxRate"                     numeric(5,2) NOT NULL DEFAULT 0 CHECK ("taxRate" >= 0 AND "taxRate" < 100),
  "createdAt"                   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "offeringId") REFERENCES "TelecomProductOffering" ("tenantId", "id") ON DELETE CASCADE,
  CONSTRAINT "TelecomProductOfferingPrice_recurring_period"
    CHECK (("priceType" = 'recurring') = ("recurringChargePeriodType" IS NOT NULL)),
  CONSTRAINT "TelecomProductOfferingPrice_usage_type"
    CHECK (("priceType" IN ('usage', 'allowance')) = ("usageType" IS NOT NULL AND "unitOfMeasureAmount" IS NOT NULL))
);
CREATE INDEX "TelecomProductOfferingPrice_offering_idx"
  ON "TelecomProductOfferingPrice" ("tenantId", "offeringId", "position");
SELECT crm_make_tenant_table('"TelecomProductOfferingPrice"', 'SELECT, INSERT, DELETE');

-- TMF620 bundledProductOffering: the offerings a bundle (service package) is made of.
CREATE TABLE "TelecomBundledOffering" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "bundleId"   uuid NOT NULL,
  "offeringId" uuid NOT NULL,
  PRIMARY KEY ("tenantId", "bundleId", "offeringId"),
  FOREIGN KEY ("tenantId", "bundleId") REFERENCES "TelecomProductOffering" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "offeringId") REFERENCES "TelecomProductOffering" ("tenantId", "id") ON DELETE CASCADE,
  CONSTRAINT "TelecomBundledOffering_not_self" CHECK ("bundleId" <> "offeringId")
);
CREATE INDEX "TelecomBundledOffering_offering_idx" ON "TelecomBundledOffering" ("tenantId", "offeringId");
SELECT crm_make_tenant_table('"TelecomBundledOffering"', 'SELECT, INSERT, DELETE');

-- TMF637 Product: a client's subscription to an offering (productSerialNumber: the MSISDN / line).
CREATE TABLE "TelecomProduct" (
  "tenantId"            uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                  uuid NOT NULL,
  "accountId"           uuid NOT NULL,
  "offeringId"          uuid NOT NULL,
  "name"                text NOT NULL,
  "productSerialNumber" text NOT NULL,
  "status"              text NOT NULL DEFAULT 'created'
                        CHECK ("status" IN ('created', 'pendingActive', 'active', 'suspended',
                                            'pendingTerminate', 'terminated', 'cancelled', 'aborted')),
  "statusReason"        text,
  "orderDate"           timestamptz(3),
  "startDate"           timestamptz(3),
  "terminationDate"     timestamptz(3),
  "statusChangedAt"     timestamptz(3) NOT NULL DEFAULT now(),
  "version"             integer NOT NULL DEFAULT 1,
  "createdAt"           timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"           timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "offeringId") REFERENCES "TelecomProductOffering" ("tenantId", "id")
);
CREATE UNIQUE INDEX "TelecomProduct_tenantId_productSerialNumber_key"
  ON "TelecomProduct" ("tenantId", "productSerialNumber");
CREATE INDEX "TelecomProduct_account_idx" ON "TelecomProduct" ("tenantId", "accountId", "status");
CREATE INDEX "TelecomProduct_offering_idx" ON "TelecomProduct" ("tenantId", "offeringId");
CREATE TRIGGER "TelecomProduct_touch" BEFORE UPDATE ON "TelecomProduct"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomProduct"');

-- TMF622 ProductOrder and its items (action add / modify / delete / noChange).
CREATE TABLE "TelecomProductOrder" (
  "tenantId"                uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                      uuid NOT NULL,
  "accountId"               uuid NOT NULL,
  "state"                   text NOT NULL DEFAULT 'acknowledged'
                            CHECK ("state" IN ('acknowledged', 'rejected', 'pending', 'held', 'inProgress',
                                               'cancelled', 'completed', 'failed', 'partial',
                                               'assessingCancellation', 'pendingCancellation')),
  "stateBeforeCancellation" text,
  "priority"                text,
  "description"             text,
  "orderDate"               timestamptz(3) NOT NULL DEFAULT now(),
  "requestedStartDate"      timestamptz(3),
  "requestedCompletionDate" timestamptz(3),
  "expectedCompletionDate"  timestamptz(3),
  "completionDate"          timestamptz(3),
  "cancellationDate"        timestamptz(3),
  "cancellationReason"      text,
  "ownerId"                 uuid,
  "version"                 integer NOT NULL DEFAULT 1,
  "createdAt"               timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"               timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "TelecomProductOrder_account_idx" ON "TelecomProductOrder" ("tenantId", "accountId", "orderDate" DESC);
CREATE INDEX "TelecomProductOrder_state_idx" ON "TelecomProductOrder" ("tenantId", "state");
CREATE TRIGGER "TelecomProductOrder_touch" BEFORE UPDATE ON "TelecomProductOrder"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomProductOrder"');

CREATE TABLE "TelecomProductOrderItem" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "orderId"    uuid NOT NULL,
  "id"         text NOT NULL,
  "action"     text NOT NULL CHECK ("action" IN ('add', 'modify', 'delete', 'noChange')),
  "offeringId" uuid,
  "productId"  uuid,
  -- The new line's number for an `add` item; the subscription is created when the order completes.
  "productSerialNumber" text,
  "quantity"   integer NOT NULL DEFAULT 1 CHECK ("quantity" >= 1),
  "state"      text NOT NULL DEFAULT 'acknowledged',
  PRIMARY KEY ("tenantId", "orderId", "id"),
  FOREIGN KEY ("tenantId", "orderId") REFERENCES "TelecomProductOrder" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "offeringId") REFERENCES "TelecomProductOffering" ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "productId") REFERENCES "TelecomProduct" ("tenantId", "id")
);
SELECT crm_make_tenant_table('"TelecomProductOrderItem"');

-- TMF621 TroubleTicket with severity, the SLA due time (expectedResolutionDate) and the escalation
-- ladder rung reached so far.
CREATE TABLE "TelecomTroubleTicket" (
  "tenantId"                uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                      uuid NOT NULL,
  "accountId"               uuid NOT NULL,
  "productId"               uuid,
  "name"                    text NOT NULL,
  "description"             text,
  "severity"                text NOT NULL CHECK ("severity" IN ('critical', 'major', 'minor')),
  "ticketType"              text NOT NULL DEFAULT 'incident',
  "channel"                 text,
  "status"                  text NOT NULL DEFAULT 'acknowledged'
                            CHECK ("status" IN ('acknowledged', 'rejected', 'pending', 'held', 'inProgress',
                                                'cancelled', 'closed', 'resolved')),
  "statusChangeReason"      text,
  "statusChangeDate"        timestamptz(3) NOT NULL DEFAULT now(),
  "requestedResolutionDate" timestamptz(3),
  "expectedResolutionDate"  timestamptz(3) NOT NULL,
  "resolutionDate"          timestamptz(3),
  "escalationLevel"         integer NOT NULL DEFAULT 0,
  "assigneeId"              uuid,
  "version"                 integer NOT NULL DEFAULT 1,
  "createdAt"               timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"               timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "productId") REFERENCES "TelecomProduct" ("tenantId", "id")
);
CREATE INDEX "TelecomTroubleTicket_account_idx" ON "TelecomTroubleTicket" ("tenantId", "accountId", "createdAt" DESC);
CREATE INDEX "TelecomTroubleTicket_status_idx" ON "TelecomTroubleTicket" ("tenantId", "status", "expectedResolutionDate");
CREATE TRIGGER "TelecomTroubleTicket_touch" BEFORE UPDATE ON "TelecomTroubleTicket"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomTroubleTicket"');

-- Every status change of an offering, a subscription, an order or a ticket, append-only.
CREATE TABLE "TelecomStatusChange" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "entityType"  text NOT NULL CHECK ("entityType" IN ('productOffering', 'product', 'productOrder', 'troubleTicket')),
  "entityId"    uuid NOT NULL,
  "fromStatus"  text,
  "toStatus"    text NOT NULL,
  "reason"      text,
  "actorUserId" uuid,
  "at"          timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "TelecomStatusChange_entity_idx"
  ON "TelecomStatusChange" ("tenantId", "entityType", "entityId", "at" DESC, "id" DESC);
SELECT crm_make_tenant_table('"TelecomStatusChange"', 'SELECT, INSERT');

-- TMF635 Usage: consumption records (data in GB, voice in minutes, SMS) of a client's subscription.
CREATE TABLE "TelecomUsage" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "accountId"   uuid NOT NULL,
  "productId"   uuid,
  "usageDate"   timestamptz(3) NOT NULL,
  "usageType"   text NOT NULL CHECK ("usageType" IN ('data', 'voice', 'sms')),
  "amount"      numeric(14,3) NOT NULL CHECK ("amount" >= 0),
  "units"       text NOT NULL,
  "status"      text NOT NULL DEFAULT 'received'
                CHECK ("status" IN ('received', 'rejected', 'recycled', 'guided', 'rated', 'rerated', 'billed')),
  "description" text,
  "createdAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "productId") REFERENCES "TelecomProduct" ("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "TelecomUsage_account_idx" ON "TelecomUsage" ("tenantId", "accountId", "usageDate");
CREATE INDEX "TelecomUsage_product_idx" ON "TelecomUsage" ("tenantId", "productId", "usageDate");
SELECT crm_make_tenant_table('"TelecomUsage"', 'SELECT, INSERT, UPDATE');

-- A tariff-savings (retention) recommendation: the re-priced last three months, month by month.
CREATE TABLE "TelecomRecommendation" (
  "tenantId"              uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                    uuid NOT NULL,
  "accountId"             uuid NOT NULL,
  "productId"             uuid NOT NULL,
  "currentOfferingId"     uuid NOT NULL,
  "recommendedOfferingId" uuid NOT NULL,
  "currency"              char(3) NOT NULL,
  "currentMonthlyAvg"     numeric(14,2) NOT NULL,
  "recommendedMonthlyAvg" numeric(14,2) NOT NULL,
  "monthlySaving"         numeric(14,2) NOT NULL,
  "churnScore"            integer NOT NULL DEFAULT 0,
  "trigger"               text NOT NULL CHECK ("trigger" IN ('saving', 'churnRisk')),
  "months"                jsonb NOT NULL,
  "status"                text NOT NULL DEFAULT 'issued'
                          CHECK ("status" IN ('issued', 'accepted', 'declined', 'expired')),
  "validUntil"            timestamptz(3) NOT NULL,
  "remindAt"              timestamptz(3) NOT NULL,
  "remindedAt"            timestamptz(3),
  "decidedAt"             timestamptz(3),
  "taskActivityId"        uuid,
  "orderId"               uuid,
  "ownerId"               uuid,
  "runId"                 text,
  "version"               integer NOT NULL DEFAULT 1,
  "createdAt"             timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"             timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "productId") REFERENCES "TelecomProduct" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "currentOfferingId") REFERENCES "TelecomProductOffering" ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "recommendedOfferingId") REFERENCES "TelecomProductOffering" ("tenantId", "id")
);
-- At most one open (issued) recommendation per subscription: the scan never offers twice.
CREATE UNIQUE INDEX "TelecomRecommendation_open_key"
  ON "TelecomRecommendation" ("tenantId", "productId") WHERE "status" = 'issued';
CREATE INDEX "TelecomRecommendation_account_idx" ON "TelecomRecommendation" ("tenantId", "accountId", "createdAt" DESC);
CREATE INDEX "TelecomRecommendation_status_idx" ON "TelecomRecommendation" ("tenantId", "status", "validUntil");
CREATE TRIGGER "TelecomRecommendation_touch" BEFORE UPDATE ON "TelecomRecommendation"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomRecommendation"');

-- Telecom facts about a core account: its churn-risk score and what drives it.
CREATE TABLE "TelecomAccountProfile" (
  "tenantId"        uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "accountId"       uuid NOT NULL,
  "churnScore"      integer NOT NULL DEFAULT 0 CHECK ("churnScore" BETWEEN 0 AND 100),
  "churnDrivers"    jsonb NOT NULL DEFAULT '[]',
  "churnComputedAt" timestamptz(3),
  "churnFlaggedAt"  timestamptz(3),
  "version"         integer NOT NULL DEFAULT 1,
  "createdAt"       timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"       timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "accountId"),
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE
);
CREATE TRIGGER "TelecomAccountProfile_touch" BEFORE UPDATE ON "TelecomAccountProfile"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"TelecomAccountProfile"');
