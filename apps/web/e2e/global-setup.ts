import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSmtpCapture } from '@crm/core/testing';
import pg from 'pg';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 3917);

async function waitForHealth(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`The e2e server exited with code ${server.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`The e2e server did not answer ${url}/health within ${timeoutMs} ms`);
}

/**
 * Builds the web app, then starts the real launcher (API + built web app, Temporal dev server from
 * TEMPORAL_CLI_PATH or .tools/temporal, workflow worker and outbox relay) on 127.0.0.1 against a
 * fresh database: a new database on TEST_DATABASE_URL's server when set (as under `pnpm test`),
 * otherwise embedded PGlite in a temporary folder; mail goes to a capturing SMTP server on loopback.
 * Returns the teardown that stops and removes all of it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const build = spawnSync('pnpm', ['--filter', '@crm/web', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('Building the web app failed');

  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    // The bell's test waits for a task's reminder: the worker's sweep runs every few seconds here.
    TASK_REMINDER_SWEEP_SECONDS: '3',
    // The webhooks spec receives deliveries on a loopback server it starts.
    WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'loopback',
    // Every spec signs up from the same loopback address, about forty sign-ups a run: more than a real
    // address makes in a window. The per-IP limit itself is tested in the API (sign-in-throttle.test.ts).
    AUTH_ATTEMPTS_PER_IP: '2000',
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  // A fresh data directory every run: the embedded database (without TEST_DATABASE_URL) and the
  // Temporal dev server's SQLite file (the launcher starts the server, the worker and the relay).
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
  env.DATA_DIR = dataDir;
  // Invitation e-mails go to a real SMTP server on loopback; each message lands as a JSON file in
  // E2E_MAIL_DIR, where the specs (other processes) read it (support.ts, mailTo).
  const mailDir = join(dataDir, 'mail');
  mkdirSync(mailDir);
  let mailCount = 0;
  const smtp = await startSmtpCapture({
    onMessage: (mail) => {
      mailCount += 1;
      writeFileSync(join(mailDir, `${String(mailCount).padStart(5, '0')}.json`), JSON.stringify(mail));
    },
  });
  env.SMTP_URL = smtp.url;
  process.env.E2E_MAIL_DIR = mailDir;
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `crm_e2e_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    };
  } else {
    delete env.DATABASE_URL;
  }

  const server = spawn('pnpm', ['--filter', '@crm/infra', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // the whole group has exited already
      }
    }
    await dropDatabase?.();
    await smtp.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(`http://127.0.0.1:${port}`, server, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return stop;
}
