import { webhooks, workflows, type Database } from '@crm/core';
import {
  createActivityRegistry,
  createCoreActivities,
  type ActivityRegistry,
} from '@crm/core/workflow-engine';
import { loadConfig } from '../config.js';
import { installedPluginRegistry } from '../plugins/installed-plugins.js';
import { createMailer, type Mailer } from '../http/mailer.js';

export interface WorkerActivityDeps {
  database: Database;
  /** Default: SMTP_URL / MAIL_FROM of the environment (mails are logged without SMTP_URL). */
  mailer?: Mailer;
}

function environmentMailer(): Mailer {
  const config = loadConfig();
  return createMailer(config.SMTP_URL, config.MAIL_FROM, (line) => process.stdout.write(`${line}\n`));
}

/**
 * Every activity the CRM worker runs, by name: core's (`core.*`), the workflow interpreter's
 * (`workflows.*`), the webhook deliveries' (`webhooks.*`) and each installed plugin's (`<pluginId>.*`). New groups are added to this one list.
 */
export function createWorkerActivities(deps: WorkerActivityDeps): ActivityRegistry {
  const mailer = deps.mailer ?? environmentMailer();
  return createActivityRegistry(
    createCoreActivities({ database: deps.database }),
    workflows.createWorkflowActivities({
      database: deps.database,
      sendMail: ({ to, subject, text }) => mailer.send({ to, subject, text }),
    }),
    webhooks.createWebhookActivities({ database: deps.database }),
    installedPluginRegistry.activities({ database: deps.database }),
  );
}
