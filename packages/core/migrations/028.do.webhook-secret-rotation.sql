-- Secret rotation with an overlap window (docs/decisions/webhooks.md): the secret replaced by the last
-- rotation signs deliveries a second time (X-CRM-Signature-Previous) until it expires; it is kept only
-- for that window and never returned by the API.
ALTER TABLE "WebhookSubscription"
  ADD COLUMN "previousSecret" text,
  ADD COLUMN "previousSecretExpiresAt" timestamptz(3),
  ADD CONSTRAINT "WebhookSubscription_previous_secret_check"
    CHECK (("previousSecret" IS NULL) = ("previousSecretExpiresAt" IS NULL));

-- The delivery-log retention sweep (webhooks/sweep-delivery-log.ts) looks, across tenants, for
-- deliveries older than the retention (subscriptions are few: their expired secrets need no index).
CREATE INDEX "WebhookDelivery_createdAt_idx" ON "WebhookDelivery" ("createdAt");
