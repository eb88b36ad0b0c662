import { newId, type TenantDb } from '@crm/core';
import type { RealestateConfig } from '../../config.js';
import type { RealestateDb } from '../../db.js';

const HOUR_MS = 60 * 60 * 1000;

const texts = {
  ru: {
    reminder: (id: string, at: string, address: string) => `Показ ${id} ${at}: ${address}`,
    feedback: (id: string, address: string) => `Собрать обратную связь по показу ${id} (${address})`,
  },
  en: {
    reminder: (id: string, at: string, address: string) => `Showing ${id} at ${at}: ${address}`,
    feedback: (id: string, address: string) => `Get the buyer's feedback on showing ${id} (${address})`,
  },
};

/**
 * The showing schedule's work, idempotent: a reminder notification to the agent for each confirmed
 * showing starting within `showingReminderHours`, and a feedback task for each confirmed showing that
 * ended `feedbackAfterHours` ago without feedback. Each showing gets each at most once.
 */
export async function showingReminders(
  db: TenantDb,
  rdb: RealestateDb,
  tenantId: string,
  config: Pick<RealestateConfig, 'showingReminderHours' | 'feedbackAfterHours'>,
  now = new Date(),
  runId: string | null = null,
): Promise<{ reminded: number; feedbackRequested: number }> {
  const tenant = await db.tenant.findFirst({ where: { id: tenantId }, select: { locale: true } });
  const locale = tenant?.locale === 'en' ? 'en' : 'ru';
  // Times in the notification read in the market's time zone (the plugin's demo market is Moscow).
  const timeZone = 'Europe/Moscow';
  const select = {
    id: true,
    ShowingAgentKey: true,
    createdById: true,
    contactId: true,
    ShowingStartTimestamp: true,
    property: { select: { ListingId: true, UnparsedAddress: true } },
  } as const;
  const upcoming = await rdb.realestateShowing.findMany({
    where: {
      tenantId,
      ShowingAppointmentStatus: 'Confirmed',
      reminderSentAt: null,
      ShowingStartTimestamp: {
        gt: now,
        lte: new Date(now.getTime() + config.showingReminderHours * HOUR_MS),
      },
    },
    select,
  });
  let reminded = 0;
  for (const showing of upcoming) {
    const userId = showing.ShowingAgentKey ?? showing.createdById;
    if (userId) {
      const at = showing.ShowingStartTimestamp.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-GB', {
        timeZone,
        dateStyle: 'short',
        timeStyle: 'short',
      });
      await db.notification.upsert({
        where: {
          tenantId_idempotencyKey: { tenantId, idempotencyKey: `realestate.showing.reminder:${showing.id}` },
        },
        create: {
          tenantId,
          id: newId(),
          userId,
          title: texts[locale].reminder(showing.property.ListingId, at, showing.property.UnparsedAddress),
          recordType: 'realestate.showing',
          recordId: showing.id,
          runId,
          idempotencyKey: `realestate.showing.reminder:${showing.id}`,
        },
        update: {},
        select: { id: true },
      });
      reminded += 1;
    }
    await rdb.realestateShowing.updateMany({
      where: { tenantId, id: showing.id, reminderSentAt: null },
      data: { reminderSentAt: now },
    });
  }
  const finished = await rdb.realestateShowing.findMany({
    where: {
      tenantId,
      ShowingAppointmentStatus: 'Confirmed',
      feedbackAt: null,
      feedbackRequestedAt: null,
      ShowingEndTimestamp: { lte: new Date(now.getTime() - config.feedbackAfterHours * HOUR_MS) },
    },
    select,
  });
  for (const showing of finished) {
    await db.activity.create({
      data: {
        tenantId,
        id: newId(),
        type: 'task',
        subject: texts[locale].feedback(showing.property.ListingId, showing.property.UnparsedAddress),
        ownerId: showing.ShowingAgentKey ?? showing.createdById,
        contactId: showing.contactId,
        dueAt: new Date(now.getTime() + 24 * HOUR_MS),
      },
      select: { id: true },
    });
    await rdb.realestateShowing.updateMany({
      where: { tenantId, id: showing.id, feedbackRequestedAt: null },
      data: { feedbackRequestedAt: now },
    });
  }
  return { reminded, feedbackRequested: finished.length };
}
