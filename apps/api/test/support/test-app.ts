import type { FastifyInstance } from 'fastify';
import {
  hashToken,
  newId,
  newToken,
  provisionTenant,
  type PluginRegistry,
  type SystemRoleKey,
} from '@crm/core';
import { createTestDatabase, testTemporal, type TestDatabase } from '@crm/core/testing';
import { createTemporalClient } from '@crm/core/workflow-engine';
import { installedPluginRegistry } from '../../src/plugins/installed-plugins.js';
import { buildServer } from '../../src/server.js';
import { loadConfig } from '../../src/config.js';
import { createLoginLimiter, type LoginLimiter } from '../../src/http/login-limiter.js';
import type { Mailer, MailMessage } from '../../src/http/mailer.js';
import type { SecurityEvent } from '../../src/http/security-log.js';
import type { ApiServices } from '../../src/trpc/context.js';

export const PUBLIC_URL = 'http://crm.test';

export interface TestApp {
  app: FastifyInstance;
  services: ApiServices;
  t: TestDatabase;
  sentMail: MailMessage[];
  /** What the server wrote to the platform security log. */
  securityEvents: SecurityEvent[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** A real mailer (e.g. SMTP to a capturing server); by default messages are collected in `sentMail`. */
  mailer?: Mailer;
  /** A limiter with other allowances; by default the production one. */
  loginLimiter?: LoginLimiter;
  /** Another plugin registry (e.g. with a generated plugin); by default the installed plugins. */
  plugins?: PluginRegistry;
  /** Notification push on (one LISTEN on the test database); off by default, as on PGlite. */
  notificationPush?: boolean;
  /** More configuration variables (e.g. PUSH_HEARTBEAT_SECONDS). */
  env?: Record<string, string>;
}

/** A real server on a fresh, migrated database, driven with `app.inject` (no socket needed). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const plugins = options.plugins ?? installedPluginRegistry;
  const t = await createTestDatabase([...plugins.migrations]);
  const sentMail: MailMessage[] = [];
  const collectingMailer: Mailer = {
    send: (message) => {
      sentMail.push(message);
      return Promise.resolve();
    },
  };
  const mailer = options.mailer ?? collectingMailer;
  const securityEvents: SecurityEvent[] = [];
  const config = loadConfig({ DATABASE_URL: t.url, PUBLIC_URL, LOG_LEVEL: 'silent', ...options.env });
  const services: ApiServices = {
    database: t.db,
    config,
    mailer,
    loginLimiter: options.loginLimiter ?? createLoginLimiter({ database: t.db }),
    securityLog: { record: (event) => securityEvents.push(event) },
    plugins,
    // The run's Temporal dev server (vitest globalSetup); connected on first use.
    temporal: createTemporalClient(testTemporal()),
  };
  const app = await buildServer(services, options.notificationPush ? { notificationListenUrl: t.url } : {});
  await app.ready();
  return {
    app,
    services,
    t,
    sentMail,
    securityEvents,
    async close() {
      await app.close();
      await services.temporal.close();
      await t.drop();
    },
  };
}

export interface TestTenant {
  tenantId: string;
  pipelineId: string;
  roleIds: Record<SystemRoleKey, string>;
  users: Record<SystemRoleKey, { userId: string; token: string }>;
}

/**
 * A tenant with one user per system role, each with an API key: the two-tenant fixtures of the
 * isolation and permission tests are built from this.
 */
export async function createTestTenant(testApp: TestApp, name: string): Promise<TestTenant> {
  const { db } = testApp.t;
  const tenantId = newId();
  const adminId = newId();
  const users = {} as TestTenant['users'];
  const provisioned = await db.withTenant(tenantId, async (tdb) => {
    await tdb.user.create({
      data: { id: adminId, email: `admin-${tenantId}@example.test`, name: `${name} admin` },
    });
    return provisionTenant(tdb, tenantId, { workspaceName: name, owner: { userId: adminId } });
  });
  await db.withTenant(tenantId, async (tdb) => {
    for (const role of Object.keys(provisioned.roleIds) as SystemRoleKey[]) {
      let userId = adminId;
      if (role !== 'admin') {
        userId = newId();
        await tdb.user.create({
          data: { id: userId, email: `${role}-${tenantId}@example.test`, name: `${name} ${role}` },
        });
        await tdb.membership.create({
          data: { tenantId, id: newId(), userId, roleId: provisioned.roleIds[role] },
        });
      }
      const token = newToken('crm_key');
      await tdb.apiKey.create({
        data: {
          tenantId,
          id: newId(),
          name: `${role} key`,
          prefix: token.slice(0, 12),
          tokenHash: hashToken(token),
          userId,
        },
      });
      users[role] = { userId, token };
    }
  });
  return { tenantId, pipelineId: provisioned.pipelineId, roleIds: provisioned.roleIds, users };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}
