-- Tenant-level webhook subscriptions for integrators, and the log of their deliveries
-- (packages/core/src/webhooks, docs/decisions/webhooks.md).
CREATE TABLE "WebhookSubscription" (
  "tenantId"    uuid NOT NULL REFERENCES "Tenant"("id") ON DELETE CASCADE,
  "id"          uuid NOT NULL,
  "url"         text NOT NULL,
  "description" text NOT NULL DEFAULT '',
  "events"      text[] NOT NULL,
  "active"      boolean NOT NULL DEFAULT true,
  -- The HMAC key of the signatures: kept as is (a hash could not sign), shown in full only on
  -- create and rotate.
  "secret"      text NOT NULL,
  "createdById" uuid NOT NULL,
  "createdAt"   timestamptz(3) NOT NULL DEFAULT now(),
  "updatedAt"   timestamptz(3) NOT NULL DEFAULT now(),
  PRIMARY KEY ("tenantId", "id")
);
CREATE INDEX "WebhookSubscription_created_idx" ON "WebhookSubscription" ("tenantId", "createdAt" DESC, "id" DESC);
SELECT crm_make_tenant_table('"WebhookSubscription"');

-- One event sent (or to be sent) to one subscription, with the outcome of its last attempt.
CREATE TABLE "WebhookDelivery" (
  "tenantId"       uuid NOT NULL,
  "id"             uuid NOT NULL,
  "subscriptionId" uuid NOT NULL,
  "eventId"        uuid NOT NULL,
  "eventType"      text NOT NULL,
  "payload"        jsonb NOT NULL,
  "status"         text NOT NULL DEFAULT 'pending'
                   CHECK ("status" IN ('pending', 'succeeded', 'failed')),
  "attempts"       integer NOT NULL DEFAULT 0,
  "responseStatus" integer,
  "lastError"      text,
  "durationMs"     integer,
  "redeliveryOf"   uuid,
  "createdAt"      timestamptz(3) NOT NULL DEFAULT now(),
  "lastAttemptAt"  timestamptz(3),
  "completedAt"    timestamptz(3),
  PRIMARY KEY ("tenantId", "id"),
  FOREIGN KEY ("tenantId", "subscriptionId") REFERENCES "WebhookSubscription"("tenantId", "id") ON DELETE CASCADE
);
CREATE INDEX "WebhookDelivery_subscription_idx"
  ON "WebhookDelivery" ("tenantId", "subscriptionId", "createdAt" DESC, "id" DESC);
SELECT crm_make_tenant_table('"WebhookDelivery"');

-- Every attempt of a delivery (the Temporal activity attempt number), for the admin's log.
CREATE TABLE "WebhookDeliveryAttempt" (
  "tenantId"       uuid NOT NULL,
  "deliveryId"     uuid NOT NULL,
  "attempt"        integer NOT NULL,
  "responseStatus" integer,
  "error"          text,
  "durationMs"     integer NOT NULL,
  "startedAt"      timestamptz(3) NOT NULL,
  PRIMARY KEY ("tenantId", "deliveryId", "attempt"),
  FOREIGN KEY ("tenantId", "deliveryId") REFERENCES "WebhookDelivery"("tenantId", "id") ON DELETE CASCADE
);
SELECT crm_make_tenant_table('"WebhookDeliveryAttempt"');

-- Tenant admins manage webhooks: add the new subject to the admin roles of existing tenants (new
-- tenants get it from the permission registry), as 011 did for Workflow.
SET LOCAL ROLE crm_system;
UPDATE "Role"
SET "permissions" = jsonb_set(
  "permissions", '{grants,Webhook}',
  '{"actions": ["read", "create", "update", "delete", "export", "import", "assign", "manage"], "scope": "all"}'::jsonb)
WHERE "key" = 'admin' AND "isSystem";
RESET ROLE;
