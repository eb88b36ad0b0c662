-- The bank plugin's tables. Same rules as the core's: "tenantId" leads every key, ids are UUIDv7 from
-- the application, RLS enabled and forced (crm_make_tenant_table). Clients are core contacts
-- (individuals) or accounts (organisations); the plugin links to them and never alters core tables.

-- Service tiers: customer category + service level, and the contact cadence they require.
CREATE TABLE "BankTier" (
  "tenantId"            uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                  uuid NOT NULL,
  "key"                 text NOT NULL CHECK ("key" ~ '^[a-z][a-z0-9_]{1,31}$'),
  "name"                text NOT NULL,
  "customerCategory"    text NOT NULL
                        CHECK ("customerCategory" IN ('private_banking', 'affluent', 'mass_affluent', 'mass', 'sme', 'corporate')),
  "serviceLevel"        text NOT NULL CHECK ("serviceLevel" IN ('dedicated', 'priority', 'standard', 'remote')),
  "contactIntervalDays" integer NOT NULL CHECK ("contactIntervalDays" BETWEEN 1 AND 730),
  "meetingIntervalDays" integer CHECK ("meetingIntervalDays" BETWEEN 1 AND 730),
  "rank"                integer NOT NULL CHECK ("rank" BETWEEN 1 AND 100),
  "version"             integer NOT NULL DEFAULT 1,
  "createdAt"           timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"           timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "BankTier_tenantId_key_key" ON "BankTier" ("tenantId", "key");
CREATE TRIGGER "BankTier_touch" BEFORE UPDATE ON "BankTier" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankTier"');

-- The relationship plan (BIAN CRM plan): one per client, its tier, manager, department and cadence.
CREATE TABLE "BankRelationshipPlan" (
  "tenantId"         uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"               uuid NOT NULL,
  "clientType"       text NOT NULL CHECK ("clientType" IN ('individual', 'organisation')),
  "contactId"        uuid,
  "accountId"        uuid,
  "tierId"           uuid NOT NULL,
  "managerId"        uuid,
  "teamId"           uuid,
  "segment"          text,
  "region"           text,
  "status"           text NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'dormant', 'closed')),
  "valueTier"        text CHECK ("valueTier" IN ('A', 'B', 'C', 'D')),
  "insight"          text,
  "lastContactAt"    timestamptz(3),
  "nextContactDueAt" timestamptz(3),
  "cadenceTaskId"    uuid,
  "cadenceEscalatedAt" timestamptz(3),
  "version"          integer NOT NULL DEFAULT 1,
  "createdAt"        timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"        timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "BankRelationshipPlan_one_client" CHECK (
    ("clientType" = 'individual' AND "contactId" IS NOT NULL AND "accountId" IS NULL) OR
    ("clientType" = 'organisation' AND "accountId" IS NOT NULL AND "contactId" IS NULL)),
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "accountId") REFERENCES "Account" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "tierId") REFERENCES "BankTier" ("tenantId", "id") ON DELETE RESTRICT
);
CREATE UNIQUE INDEX "BankRelationshipPlan_tenantId_contactId_key" ON "BankRelationshipPlan" ("tenantId", "contactId");
CREATE UNIQUE INDEX "BankRelationshipPlan_tenantId_accountId_key" ON "BankRelationshipPlan" ("tenantId", "accountId");
CREATE INDEX "BankRelationshipPlan_tenantId_managerId_idx" ON "BankRelationshipPlan" ("tenantId", "managerId");
CREATE INDEX "BankRelationshipPlan_tenantId_nextContactDueAt_idx" ON "BankRelationshipPlan" ("tenantId", "status", "nextContactDueAt");
CREATE TRIGGER "BankRelationshipPlan_touch" BEFORE UPDATE ON "BankRelationshipPlan"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankRelationshipPlan"');

-- Financial products held (FSC FinancialAccount / MCFS financial holding), money as numeric + currency.
CREATE TABLE "BankProduct" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "planId"       uuid NOT NULL,
  "productType"  text NOT NULL CHECK ("productType" IN ('current_account', 'savings', 'deposit', 'debit_card',
                   'credit_card', 'consumer_loan', 'mortgage', 'overdraft', 'investment', 'insurance')),
  "number"       text NOT NULL,
  "status"       text NOT NULL DEFAULT 'active' CHECK ("status" IN ('pending', 'active', 'frozen', 'closed')),
  "openedAt"     timestamptz(3) NOT NULL,
  "closedAt"     timestamptz(3),
  "currency"     text NOT NULL CHECK ("currency" ~ '^[A-Z]{3}$'),
  "balance"      numeric(18,2) NOT NULL DEFAULT 0,
  "creditLimit"  numeric(18,2) CHECK ("creditLimit" >= 0),
  "interestRate" numeric(6,3),
  "version"      integer NOT NULL DEFAULT 1,
  "createdAt"    timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "BankProduct_closed_has_date" CHECK (("status" = 'closed') = ("closedAt" IS NOT NULL)),
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BankProduct_tenantId_number_key" ON "BankProduct" ("tenantId", "number");
CREATE INDEX "BankProduct_tenantId_planId_openedAt_idx" ON "BankProduct" ("tenantId", "planId", "openedAt");
CREATE TRIGGER "BankProduct_touch" BEFORE UPDATE ON "BankProduct" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankProduct"');

-- Households (FSC party relationship group): contacts with roles, one household per contact.
CREATE TABLE "BankHousehold" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      text NOT NULL,
  "notes"     text,
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE TRIGGER "BankHousehold_touch" BEFORE UPDATE ON "BankHousehold" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankHousehold"');

CREATE TABLE "BankHouseholdMember" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "householdId" uuid NOT NULL,
  "contactId"   uuid NOT NULL,
  "role"        text NOT NULL CHECK ("role" IN ('head', 'spouse', 'child', 'parent', 'dependant', 'other')),
  "isPrimary"   boolean NOT NULL DEFAULT false,
  "createdAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "householdId", "contactId"),
  FOREIGN KEY ("tenantId", "householdId") REFERENCES "BankHousehold" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BankHouseholdMember_tenantId_contactId_key" ON "BankHouseholdMember" ("tenantId", "contactId");
SELECT crm_make_tenant_table('"BankHouseholdMember"');

-- Referrals (FSC Referral): Submitted → In review → Authorized | Rejected, every change logged.
CREATE TABLE "BankReferral" (
  "tenantId"         uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"               uuid NOT NULL,
  "planId"           uuid NOT NULL,
  "productType"      text NOT NULL,
  "referrerUserId"   uuid,
  "referredToUserId" uuid,
  "status"           text NOT NULL DEFAULT 'submitted'
                     CHECK ("status" IN ('submitted', 'in_review', 'authorized', 'rejected')),
  "notes"            text,
  "decisionReason"   text,
  "submittedAt"      timestamptz(3) NOT NULL DEFAULT now(),
  "reviewStartedAt"  timestamptz(3),
  "decidedAt"        timestamptz(3),
  "escalatedAt"      timestamptz(3),
  "version"          integer NOT NULL DEFAULT 1,
  "createdAt"        timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"        timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "BankReferral_rejected_has_reason" CHECK ("status" <> 'rejected' OR "decisionReason" IS NOT NULL),
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "BankReferral_tenantId_status_submittedAt_idx" ON "BankReferral" ("tenantId", "status", "submittedAt");
CREATE INDEX "BankReferral_tenantId_planId_idx" ON "BankReferral" ("tenantId", "planId");
CREATE TRIGGER "BankReferral_touch" BEFORE UPDATE ON "BankReferral" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankReferral"');

-- Campaigns with a holdout (control) group and measured response.
CREATE TABLE "BankCampaign" (
  "tenantId"           uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                 uuid NOT NULL,
  "name"               text NOT NULL,
  "productType"        text NOT NULL,
  "status"             text NOT NULL DEFAULT 'draft' CHECK ("status" IN ('draft', 'running', 'evaluated', 'closed')),
  "holdoutPercent"     integer NOT NULL DEFAULT 10 CHECK ("holdoutPercent" BETWEEN 0 AND 50),
  "responseWindowDays" integer NOT NULL DEFAULT 30 CHECK ("responseWindowDays" BETWEEN 1 AND 365),
  "startedAt"          timestamptz(3),
  "evaluatedAt"        timestamptz(3),
  "createdById"        uuid,
  "version"            integer NOT NULL DEFAULT 1,
  "createdAt"          timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"          timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "BankCampaign_tenantId_name_key" ON "BankCampaign" ("tenantId", "name");
CREATE TRIGGER "BankCampaign_touch" BEFORE UPDATE ON "BankCampaign" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankCampaign"');

-- Offers (BIAN Customer Offer, cross-sell): proposed → presented → accepted | declined; expired, withdrawn.
CREATE TABLE "BankOffer" (
  "tenantId"       uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"             uuid NOT NULL,
  "planId"         uuid NOT NULL,
  "productType"    text NOT NULL,
  "source"         text NOT NULL CHECK ("source" IN ('second_product', 'campaign', 'manual')),
  "campaignId"     uuid,
  "status"         text NOT NULL DEFAULT 'proposed'
                   CHECK ("status" IN ('proposed', 'presented', 'accepted', 'declined', 'expired', 'withdrawn')),
  "amount"         numeric(18,2),
  "currency"       text CHECK ("currency" ~ '^[A-Z]{3}$'),
  "rate"           numeric(6,3),
  "validUntil"     timestamptz(3) NOT NULL,
  "taskActivityId" uuid,
  "remindedAt"     timestamptz(3),
  "escalatedAt"    timestamptz(3),
  "decidedAt"      timestamptz(3),
  "reason"         text,
  "dedupeKey"      text,
  "createdById"    uuid,
  "version"        integer NOT NULL DEFAULT 1,
  "createdAt"      timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "campaignId") REFERENCES "BankCampaign" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BankOffer_tenantId_dedupeKey_key" ON "BankOffer" ("tenantId", "dedupeKey");
CREATE INDEX "BankOffer_tenantId_planId_idx" ON "BankOffer" ("tenantId", "planId");
CREATE INDEX "BankOffer_tenantId_status_validUntil_idx" ON "BankOffer" ("tenantId", "status", "validUntil");
CREATE TRIGGER "BankOffer_touch" BEFORE UPDATE ON "BankOffer" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankOffer"');

-- Every status change of a referral or an offer, append-only (who, when, from, to, why).
CREATE TABLE "BankStatusChange" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "recordType"  text NOT NULL CHECK ("recordType" IN ('referral', 'offer')),
  "recordId"    uuid NOT NULL,
  "fromStatus"  text,
  "toStatus"    text NOT NULL,
  "reason"      text,
  "actorUserId" uuid,
  "at"          timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "BankStatusChange_record_idx" ON "BankStatusChange" ("tenantId", "recordType", "recordId", "at" DESC, "id" DESC);
SELECT crm_make_tenant_table('"BankStatusChange"', 'SELECT, INSERT');

CREATE TABLE "BankCampaignMember" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "campaignId"  uuid NOT NULL,
  "planId"      uuid NOT NULL,
  "arm"         text NOT NULL CHECK ("arm" IN ('target', 'holdout')),
  "offerId"     uuid,
  "respondedAt" timestamptz(3),
  "createdAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "campaignId", "planId"),
  FOREIGN KEY ("tenantId", "campaignId") REFERENCES "BankCampaign" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"BankCampaignMember"');

-- Rule-based distribution of new clients among departments (teams) and managers.
CREATE TABLE "BankDistributionRule" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"         uuid NOT NULL,
  "name"       text NOT NULL,
  "priority"   integer NOT NULL DEFAULT 100,
  "active"     boolean NOT NULL DEFAULT true,
  "clientType" text CHECK ("clientType" IN ('individual', 'organisation')),
  "segment"    text,
  "region"     text,
  "tierId"     uuid,
  "teamId"     uuid,
  "managerIds" uuid[] NOT NULL CHECK (cardinality("managerIds") BETWEEN 1 AND 200),
  "version"    integer NOT NULL DEFAULT 1,
  "createdAt"  timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "tierId") REFERENCES "BankTier" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BankDistributionRule_tenantId_name_key" ON "BankDistributionRule" ("tenantId", "name");
CREATE TRIGGER "BankDistributionRule_touch" BEFORE UPDATE ON "BankDistributionRule"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankDistributionRule"');

-- Monthly profitability snapshots per client (BIAN CustomerProfitability) and the value tier derived.
CREATE TABLE "BankProfitabilitySnapshot" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "planId"       uuid NOT NULL,
  "period"       date NOT NULL CHECK (extract(day FROM "period") = 1),
  "currency"     text NOT NULL CHECK ("currency" ~ '^[A-Z]{3}$'),
  "revenue"      numeric(18,2) NOT NULL,
  "costToServe"  numeric(18,2) NOT NULL CHECK ("costToServe" >= 0),
  "riskCost"     numeric(18,2) NOT NULL DEFAULT 0 CHECK ("riskCost" >= 0),
  "margin"       numeric(18,2) NOT NULL,
  "valueTier"    text NOT NULL CHECK ("valueTier" IN ('A', 'B', 'C', 'D')),
  "productsHeld" integer NOT NULL DEFAULT 0,
  "createdAt"    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "BankProfitabilitySnapshot_tenantId_planId_period_key"
  ON "BankProfitabilitySnapshot" ("tenantId", "planId", "period");
SELECT crm_make_tenant_table('"BankProfitabilitySnapshot"');

-- Manager-departure handovers: the departing manager's clients, where they went, and loss watch.
CREATE TABLE "BankHandover" (
  "tenantId"       uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"             uuid NOT NULL,
  "departingUserId" uuid NOT NULL,
  "status"         text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'reassigned', 'closed')),
  "reason"         text,
  "watchDays"      integer NOT NULL DEFAULT 90 CHECK ("watchDays" BETWEEN 1 AND 365),
  "startedAt"      timestamptz(3) NOT NULL DEFAULT now(),
  "reassignedAt"   timestamptz(3),
  "closedAt"       timestamptz(3),
  "createdById"    uuid,
  "version"        integer NOT NULL DEFAULT 1,
  "createdAt"      timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"      timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "BankHandover_tenantId_status_idx" ON "BankHandover" ("tenantId", "status");
CREATE TRIGGER "BankHandover_touch" BEFORE UPDATE ON "BankHandover" FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"BankHandover"');

-- A member whose bulk exports are frozen (while their handover runs): one row per member.
CREATE TABLE "BankExportFreeze" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "userId"     uuid NOT NULL,
  "handoverId" uuid NOT NULL,
  "frozenAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "userId"),
  FOREIGN KEY ("tenantId", "handoverId") REFERENCES "BankHandover" ("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"BankExportFreeze"');

CREATE TABLE "BankHandoverClient" (
  "tenantId"          uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "handoverId"        uuid NOT NULL,
  "planId"            uuid NOT NULL,
  "toUserId"          uuid,
  "introTaskId"       uuid,
  "balanceAtHandover" numeric(18,2) NOT NULL DEFAULT 0,
  "productsAtHandover" integer NOT NULL DEFAULT 0,
  "lostAt"            timestamptz(3),
  "lossSignal"        text,
  "retentionTaskId"   uuid,
  PRIMARY KEY ("tenantId", "handoverId", "planId"),
  FOREIGN KEY ("tenantId", "handoverId") REFERENCES "BankHandover" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "planId") REFERENCES "BankRelationshipPlan" ("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"BankHandoverClient"');
