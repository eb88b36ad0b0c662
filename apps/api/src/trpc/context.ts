import type { Credentials, Database, PluginRegistry } from '@crm/core';
import type { TemporalClient } from '@crm/core/workflow-engine';
import type { Mailer } from '../http/mailer.js';
import type { LoginLimiter } from '../http/login-limiter.js';
import type { SecurityLog } from '../http/security-log.js';
import type { Config } from '../config.js';

/** Long-lived things the procedures use, created once per process. */
export interface ApiServices {
  database: Database;
  config: Config;
  mailer: Mailer;
  loginLimiter: LoginLimiter;
  /** Failed and refused password attempts, for the platform operator (not a workspace's audit log). */
  securityLog: SecurityLog;
  /** The installed plugins (apps/api's `installedPluginRegistry`; tests may pass another). */
  plugins: PluginRegistry;
  /** The workflow engine (starting, signalling and listing runs; /health). */
  temporal: TemporalClient;
}

/** What the transport (tRPC or REST) tells a procedure about the request. */
export interface RequestContext {
  services: ApiServices;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  credentials: Credentials | null;
  /** Sets or clears the session cookie on the response. */
  setSessionCookie(token: string | null): void;
}
