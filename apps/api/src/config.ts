import { z } from 'zod';

/** Configuration from the environment; every variable and its default is listed in the README. */
const configSchema = z.object({
  DATABASE_URL: z.string().min(1),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** The origin browsers use to reach the app; mutations from any other Origin are refused. */
  PUBLIC_URL: z.url().optional(),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** SMTP transport for invitation e-mails, e.g. smtp://user:pass@host:587. Unset: e-mails are logged. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('CRM <no-reply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** host:port of the Temporal frontend; `pnpm start` sets it to the dev server it launched. */
  TEMPORAL_ADDRESS: z.string().min(1).default('127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('crm'),
  /** Workflow runs the worker keeps in memory between their tasks; unset: the SDK's default (by memory). */
  TEMPORAL_MAX_CACHED_WORKFLOWS: z.coerce.number().int().min(0).max(1_000_000).optional(),
  /** How often the worker's scheduled sweep writes reminders of tasks that fell due. */
  TASK_REMINDER_SWEEP_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Private addresses outgoing webhooks may reach: `false` none, `loopback` 127.0.0.0/8 and ::1 only
   * (tests, development), `true` every private range. Read by the SSRF guard in core.
   */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.enum(['false', 'loopback', 'true']).default('false'),
  /** Days the webhook delivery log (deliveries and their attempts) is kept; an hourly sweep removes older. */
  WEBHOOK_DELIVERY_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  /**
   * Password attempts (sign-in, sign-up, password change and reset) allowed per window: refused ones
   * per account, and per IP address (every sign-up counts; a successful sign-in gives its IP its attempt back).
   */
  AUTH_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).max(1000).default(5),
  AUTH_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).max(100_000).default(50),
  AUTH_ATTEMPT_WINDOW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(900),
  /** Heartbeat of the notification stream; the stream's credential is checked again at each. */
  PUSH_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(25),
});

export type Config = z.infer<typeof configSchema> & { publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.parse(env);
  return { ...parsed, publicUrl: parsed.PUBLIC_URL ?? `http://localhost:${parsed.PORT}` };
}
