export { buildServer, MAX_BODY_BYTES, type ServerOptions } from './server.js';
export { loadConfig, type Config } from './config.js';
export { createMailer, type Mailer, type MailMessage } from './http/mailer.js';
export { createLoginLimiter, type LoginLimiter } from './http/login-limiter.js';
export { createSecurityLog, type SecurityEvent, type SecurityLog } from './http/security-log.js';
export type { ApiServices } from './trpc/context.js';
export type { AppRouter } from './router.js';
/** The application error codes a client may receive (the web app has a text for each, in every language). */
export type { AppErrorCode } from '@crm/core';
export { installedPlugins, installedPluginRegistry } from './plugins/installed-plugins.js';
export type { PluginApiKit } from './plugins/plugin-api-kit.js';
export {
  startCrmWorker,
  startOutboxRelay,
  type RunningWorker,
  type RunningRelay,
  type WorkflowRuntimeSettings,
} from './workflow-runtime/workflow-runtime.js';
/** The workflow definition language as types, for the web builder (types only: no server code ships). */
export type {
  BuiltInStepKind,
  PluginStep,
  StepOfKind,
  WorkflowSettings,
  WorkflowStep,
  WorkflowTrigger,
} from './workflow-definition-types.js';
