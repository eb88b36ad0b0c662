-- The real-estate plugin's tables. Same rules as the core's: "tenantId" leads every key, ids are UUIDv7
-- from the application, RLS enabled and forced (crm_make_tenant_table). Property columns carry the
-- RESO Data Dictionary 2.0 field names (reference/reso-dd-2.0.json); CRM additions are camelCase.

-- The tenant's district / locality dictionary (RESO: MLSAreaMajor as a lookup).
CREATE TABLE "RealestateDistrict" (
  "tenantId"  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"        uuid NOT NULL,
  "name"      text NOT NULL,
  "City"      text NOT NULL,
  "version"   integer NOT NULL DEFAULT 1,
  "createdAt" timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE UNIQUE INDEX "RealestateDistrict_tenantId_City_name_key" ON "RealestateDistrict" ("tenantId", "City", "name");
CREATE TRIGGER "RealestateDistrict_touch" BEFORE UPDATE ON "RealestateDistrict"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"RealestateDistrict"');

-- Names a district goes by (its own name, variants, other languages, spellings confirmed by people),
-- kept normalised (lower case, ё → е, no punctuation or generic words) for exact and fuzzy lookups.
CREATE TABLE "RealestateDistrictAlias" (
  "tenantId"   uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"         uuid NOT NULL,
  "districtId" uuid NOT NULL,
  "alias"      text NOT NULL,
  "normalized" text NOT NULL,
  "source"     text NOT NULL DEFAULT 'alias' CHECK ("source" IN ('name', 'alias', 'learned')),
  "createdAt"  timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "districtId") REFERENCES "RealestateDistrict" ("tenantId", "id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "RealestateDistrictAlias_tenantId_normalized_key" ON "RealestateDistrictAlias" ("tenantId", "normalized");
CREATE INDEX "RealestateDistrictAlias_tenantId_districtId_idx" ON "RealestateDistrictAlias" ("tenantId", "districtId");
SELECT crm_make_tenant_table('"RealestateDistrictAlias"');

-- A property object (RESO Property resource) with the CRM's verification, district and duplicate data.
CREATE TABLE "RealestateProperty" (
  "tenantId"              uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "ListingKey"            uuid NOT NULL,
  "ListingId"             text NOT NULL,
  "StandardStatus"        text NOT NULL DEFAULT 'Incomplete' CHECK ("StandardStatus" IN (
                            'Active', 'ActiveUnderContract', 'Canceled', 'Closed', 'ComingSoon', 'Delete',
                            'Expired', 'Hold', 'Incomplete', 'Pending', 'Withdrawn')),
  "PropertyType"          text NOT NULL DEFAULT 'Residential' CHECK ("PropertyType" IN (
                            'BusinessOpportunity', 'CommercialLease', 'CommercialSale', 'Farm', 'Land',
                            'ManufacturedInPark', 'Residential', 'ResidentialIncome', 'ResidentialLease')),
  "PropertySubType"       text,
  "ListPrice"             numeric(14,2) CHECK ("ListPrice" >= 0),
  "OriginalListPrice"     numeric(14,2),
  "ClosePrice"            numeric(14,2),
  "CloseDate"             date,
  "LivingArea"            numeric(10,2) CHECK ("LivingArea" > 0),
  "LivingAreaUnits"       text NOT NULL DEFAULT 'SquareMeters' CHECK ("LivingAreaUnits" IN ('SquareFeet', 'SquareMeters')),
  "RoomsTotal"            integer,
  "BedroomsTotal"         integer,
  "BathroomsTotalInteger" integer,
  "EntryLevel"            integer,
  "StoriesTotal"          integer,
  "YearBuilt"             integer,
  "UnparsedAddress"       text NOT NULL,
  "StreetName"            text,
  "StreetNumber"          text,
  "UnitNumber"            text,
  "City"                  text NOT NULL,
  "StateOrProvince"       text,
  "PostalCode"            text,
  "MLSAreaMajor"          text,
  "Latitude"              numeric(9,6),
  "Longitude"             numeric(9,6),
  "ParcelNumber"          text,
  "ListAgentKey"          uuid,
  "PublicRemarks"         text,
  "PrivateRemarks"        text,
  "ListingContractDate"   date,
  "ExpirationDate"        date,
  "StatusChangeTimestamp" timestamptz(3) NOT NULL DEFAULT now(),
  "PriceChangeTimestamp"  timestamptz(3),
  "districtId"            uuid,
  "districtInput"         text,
  "districtMatch"         text NOT NULL DEFAULT 'none' CHECK ("districtMatch" IN ('exact', 'alias', 'fuzzy', 'manual', 'none')),
  "addressKey"            text NOT NULL,
  "verificationStatus"    text NOT NULL DEFAULT 'Unverified' CHECK ("verificationStatus" IN (
                            'Unverified', 'Verifying', 'Verified', 'Rejected', 'Duplicate', 'Stale')),
  "verificationNote"      text,
  "verifiedAt"            timestamptz(3),
  "verifiedById"          uuid,
  "nextVerificationDue"   timestamptz(3),
  "duplicateOfKey"        uuid,
  "source"                text NOT NULL DEFAULT 'own' CHECK ("source" IN ('own', 'partner', 'portal', 'cold')),
  "sellerContactId"       uuid,
  "matchRequestedAt"      timestamptz(3),
  "createdById"           uuid,
  "version"               integer NOT NULL DEFAULT 1,
  "createdAt"             timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"             timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "ListingKey"),
  CONSTRAINT "RealestateProperty_duplicate_has_original"
    CHECK (("verificationStatus" = 'Duplicate') = ("duplicateOfKey" IS NOT NULL)),
  CONSTRAINT "RealestateProperty_verified_has_due"
    CHECK ("verificationStatus" <> 'Verified' OR "nextVerificationDue" IS NOT NULL),
  FOREIGN KEY ("tenantId", "districtId") REFERENCES "RealestateDistrict" ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "duplicateOfKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey"),
  FOREIGN KEY ("tenantId", "sellerContactId") REFERENCES "Contact" ("tenantId", "id") ON DELETE SET NULL ("sellerContactId")
);
CREATE UNIQUE INDEX "RealestateProperty_tenantId_ListingId_key" ON "RealestateProperty" ("tenantId", "ListingId");
CREATE INDEX "RealestateProperty_tenantId_StandardStatus_idx" ON "RealestateProperty" ("tenantId", "StandardStatus");
CREATE INDEX "RealestateProperty_tenantId_verification_idx" ON "RealestateProperty" ("tenantId", "verificationStatus", "nextVerificationDue");
CREATE INDEX "RealestateProperty_tenantId_addressKey_idx" ON "RealestateProperty" ("tenantId", "addressKey");
CREATE INDEX "RealestateProperty_tenantId_districtId_idx" ON "RealestateProperty" ("tenantId", "districtId");
CREATE INDEX "RealestateProperty_tenantId_matchRequestedAt_idx" ON "RealestateProperty" ("tenantId", "matchRequestedAt");
CREATE TRIGGER "RealestateProperty_touch" BEFORE UPDATE ON "RealestateProperty"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"RealestateProperty"');

-- Every change of a property that matters (RESO HistoryTransactional), append-only.
CREATE TABLE "RealestatePropertyHistory" (
  "tenantId"              uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                    uuid NOT NULL,
  "ListingKey"            uuid NOT NULL,
  "FieldName"             text NOT NULL,
  "PreviousValue"         text,
  "NewValue"              text,
  "ChangeType"            text NOT NULL,
  "ChangedByMemberKey"    uuid,
  "ModificationTimestamp" timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "ListingKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey") ON DELETE CASCADE
);
CREATE INDEX "RealestatePropertyHistory_listing_idx"
  ON "RealestatePropertyHistory" ("tenantId", "ListingKey", "ModificationTimestamp" DESC, "id" DESC);
SELECT crm_make_tenant_table('"RealestatePropertyHistory"', 'SELECT, INSERT');

-- A suspected duplicate: the newer object (ListingKey) looks like an existing one (candidateKey).
CREATE TABLE "RealestateDuplicate" (
  "tenantId"     uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"           uuid NOT NULL,
  "ListingKey"   uuid NOT NULL,
  "candidateKey" uuid NOT NULL,
  "score"        numeric(4,3) NOT NULL,
  "reasons"      text[] NOT NULL DEFAULT '{}',
  "status"       text NOT NULL DEFAULT 'open' CHECK ("status" IN ('open', 'merged', 'dismissed')),
  "decidedById"  uuid,
  "decidedAt"    timestamptz(3),
  "createdAt"    timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "RealestateDuplicate_not_self" CHECK ("ListingKey" <> "candidateKey"),
  FOREIGN KEY ("tenantId", "ListingKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "candidateKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey") ON DELETE CASCADE
);
CREATE UNIQUE INDEX "RealestateDuplicate_tenantId_pair_key" ON "RealestateDuplicate" ("tenantId", "ListingKey", "candidateKey");
CREATE INDEX "RealestateDuplicate_tenantId_candidateKey_idx" ON "RealestateDuplicate" ("tenantId", "candidateKey");
SELECT crm_make_tenant_table('"RealestateDuplicate"');

-- A buyer's requirement (RESO SavedSearch, with structured criteria for matching).
CREATE TABLE "RealestateRequirement" (
  "tenantId"         uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"               uuid NOT NULL,
  "name"             text NOT NULL,
  "contactId"        uuid,
  "agentId"          uuid,
  "status"           text NOT NULL DEFAULT 'Active' CHECK ("status" IN ('Active', 'Paused', 'Fulfilled', 'Cancelled', 'Expired')),
  "PropertyType"     text NOT NULL DEFAULT 'Residential',
  "City"             text,
  "districtIds"      uuid[] NOT NULL DEFAULT '{}',
  "minPrice"         numeric(14,2),
  "maxPrice"         numeric(14,2),
  "minArea"          numeric(10,2),
  "maxArea"          numeric(10,2),
  "minBedrooms"      integer,
  "maxBedrooms"      integer,
  "minFloor"         integer,
  "maxFloor"         integer,
  "notFirstFloor"    boolean NOT NULL DEFAULT false,
  "notLastFloor"     boolean NOT NULL DEFAULT false,
  "notes"            text,
  "matchRequestedAt" timestamptz(3),
  "createdById"      uuid,
  "version"          integer NOT NULL DEFAULT 1,
  "createdAt"        timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"        timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "RealestateRequirement_price_range" CHECK ("minPrice" IS NULL OR "maxPrice" IS NULL OR "minPrice" <= "maxPrice"),
  CONSTRAINT "RealestateRequirement_area_range" CHECK ("minArea" IS NULL OR "maxArea" IS NULL OR "minArea" <= "maxArea"),
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact" ("tenantId", "id") ON DELETE SET NULL ("contactId")
);
CREATE INDEX "RealestateRequirement_tenantId_status_idx" ON "RealestateRequirement" ("tenantId", "status");
CREATE INDEX "RealestateRequirement_tenantId_matchRequestedAt_idx" ON "RealestateRequirement" ("tenantId", "matchRequestedAt");
CREATE TRIGGER "RealestateRequirement_touch" BEFORE UPDATE ON "RealestateRequirement"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"RealestateRequirement"');

-- An object matching a requirement (RESO ContactListings: preference and when it was sent).
CREATE TABLE "RealestateMatch" (
  "tenantId"      uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "requirementId" uuid NOT NULL,
  "ListingKey"    uuid NOT NULL,
  "score"         numeric(4,3) NOT NULL,
  "ContactListingPreference" text CHECK ("ContactListingPreference" IN ('Favorite', 'Possibility', 'Discard')),
  "notifiedAt"    timestamptz(3),
  "createdAt"     timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "requirementId", "ListingKey"),
  FOREIGN KEY ("tenantId", "requirementId") REFERENCES "RealestateRequirement" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "ListingKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey") ON DELETE CASCADE
);
CREATE INDEX "RealestateMatch_tenantId_ListingKey_idx" ON "RealestateMatch" ("tenantId", "ListingKey");
SELECT crm_make_tenant_table('"RealestateMatch"');

-- A showing appointment (RESO ShowingAppointment), with reminders and the buyer's feedback.
CREATE TABLE "RealestateShowing" (
  "tenantId"                  uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"                        uuid NOT NULL,
  "ListingKey"                uuid NOT NULL,
  "requirementId"             uuid,
  "contactId"                 uuid,
  "ShowingAgentKey"           uuid,
  "ShowingRequestType"        text NOT NULL DEFAULT 'First' CHECK ("ShowingRequestType" IN (
                                'First', 'Second', 'Inspection', 'WalkThrough', 'BrokerPreview', 'BrokerPriceOpinion')),
  "ShowingAppointmentMethod"  text NOT NULL DEFAULT 'InPerson' CHECK ("ShowingAppointmentMethod" IN ('InPerson', 'Virtual', 'Other')),
  "ShowingAppointmentStatus"  text NOT NULL DEFAULT 'Pending' CHECK ("ShowingAppointmentStatus" IN ('Pending', 'Confirmed', 'Denied', 'Cancelled')),
  "ShowingStartTimestamp"     timestamptz(3) NOT NULL,
  "ShowingEndTimestamp"       timestamptz(3) NOT NULL,
  "statusReason"              text,
  "decidedAt"                 timestamptz(3),
  "decidedById"               uuid,
  "reminderSentAt"            timestamptz(3),
  "feedbackRequestedAt"       timestamptz(3),
  "feedbackRating"            integer CHECK ("feedbackRating" BETWEEN 1 AND 5),
  "feedbackText"              text,
  "feedbackAt"                timestamptz(3),
  "createdById"               uuid,
  "version"                   integer NOT NULL DEFAULT 1,
  "createdAt"                 timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"                 timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id"),
  CONSTRAINT "RealestateShowing_times" CHECK ("ShowingEndTimestamp" > "ShowingStartTimestamp"),
  FOREIGN KEY ("tenantId", "ListingKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "requirementId") REFERENCES "RealestateRequirement" ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "contactId") REFERENCES "Contact" ("tenantId", "id") ON DELETE SET NULL ("contactId")
);
CREATE INDEX "RealestateShowing_tenantId_ListingKey_idx" ON "RealestateShowing" ("tenantId", "ListingKey", "ShowingStartTimestamp");
CREATE INDEX "RealestateShowing_tenantId_start_idx" ON "RealestateShowing" ("tenantId", "ShowingAppointmentStatus", "ShowingStartTimestamp");
CREATE TRIGGER "RealestateShowing_touch" BEFORE UPDATE ON "RealestateShowing"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"RealestateShowing"');

-- The real-estate terms of a core deal (plugin-owned link): the object sold, the contract price and
-- the real price paid (restricted by a field-level rule).
CREATE TABLE "RealestateDeal" (
  "tenantId"      uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "dealId"        uuid NOT NULL,
  "ListingKey"    uuid NOT NULL,
  "requirementId" uuid,
  "contractPrice" numeric(14,2) NOT NULL CHECK ("contractPrice" >= 0),
  "realPrice"     numeric(14,2) CHECK ("realPrice" >= 0),
  "version"       integer NOT NULL DEFAULT 1,
  "createdAt"     timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"     timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "dealId"),
  FOREIGN KEY ("tenantId", "dealId") REFERENCES "Deal" ("tenantId", "id") ON DELETE CASCADE,
  FOREIGN KEY ("tenantId", "ListingKey") REFERENCES "RealestateProperty" ("tenantId", "ListingKey"),
  FOREIGN KEY ("tenantId", "requirementId") REFERENCES "RealestateRequirement" ("tenantId", "id")
);
CREATE INDEX "RealestateDeal_tenantId_ListingKey_idx" ON "RealestateDeal" ("tenantId", "ListingKey");
CREATE TRIGGER "RealestateDeal_touch" BEFORE UPDATE ON "RealestateDeal"
  FOR EACH ROW EXECUTE FUNCTION crm_touch_row();
SELECT crm_make_tenant_table('"RealestateDeal"');
