-- Server push of in-app notifications (docs/decisions/live-updates.md): when a transaction that
-- added or changed notifications commits, each API process's one listener (LISTEN crm_notification)
-- hears which user of which tenant has news, and tells that user's open streams to refetch through
-- the normal, RLS-checked list. The payload carries ids only, never content: any database role may
-- LISTEN to any channel. One notice per user per statement (a sweep writing 500 reminders sends one
-- per owner), and Postgres folds identical notices of one transaction into one.
CREATE FUNCTION crm_notification_push() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('crm_notification', json_build_object('tenantId', c."tenantId", 'userId', c."userId")::text)
     FROM (SELECT DISTINCT "tenantId", "userId" FROM changed) c;
  RETURN NULL;
END $$;

-- Two triggers: a trigger with transition tables may have only one event. Upserts fire both.
CREATE TRIGGER "Notification_push_insert" AFTER INSERT ON "Notification"
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION crm_notification_push();
-- Reads (readAt) too: the user's other tabs update their unread count.
CREATE TRIGGER "Notification_push_update" AFTER UPDATE ON "Notification"
  REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION crm_notification_push();
