import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { AppError } from '../../errors/index.js';
import { freePort } from './free-port.js';

export interface TemporalDevServerOptions {
  /** The `temporal` CLI binary (see findTemporalCli). */
  executable: string;
  /** SQLite file that keeps runs across restarts; omitted: in memory (tests only). */
  dbFilename?: string;
  /**
   * SQLite pragmas for the file (default: write-ahead log with synchronous=NORMAL, several times the
   * throughput of SQLite's rollback journal; a crash of the process loses nothing, a power cut at worst
   * the last transactions, which the outbox relay re-delivers).
   */
  sqlitePragmas?: string[];
  /** Created on start (`default` always exists too). */
  namespace: string;
  ip?: string;
  /** A fixed port (e.g. to restart on the same address); omitted: `preferredPort` if free, else any. */
  port?: number;
  preferredPort?: number;
  /** Server log level written to stderr (default warn). */
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
  /** More `start-dev` arguments (e.g. `--dynamic-config-value K=V`). */
  extraArgs?: string[];
  /** Where the server's output goes (default: dropped except for the last lines kept for errors). */
  onOutput?: (chunk: string) => void;
  /** How long to wait for the namespace to answer (default 60 s). */
  startTimeoutMs?: number;
}

export interface TemporalDevServer {
  /** host:port of the frontend. */
  readonly address: string;
  readonly port: number;
  readonly namespace: string;
  readonly child: ChildProcess;
  /** SIGTERM, then SIGKILL after `graceMs` (default 10 s); resolves when the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts `temporal server start-dev` headless on 127.0.0.1 with the TenantId search attribute and
 * waits until the namespace answers. The process is killed if this process exits first.
 */
export async function startTemporalDevServer(options: TemporalDevServerOptions): Promise<TemporalDevServer> {
  const ip = options.ip ?? '127.0.0.1';
  const port = options.port ?? (await freePort(ip, options.preferredPort));
  const args = [
    'server',
    'start-dev',
    '--headless',
    '--ip',
    ip,
    '--port',
    String(port),
    '--namespace',
    options.namespace,
    '--search-attribute',
    'TenantId=Keyword',
    '--log-level',
    options.logLevel ?? 'warn',
    ...(options.dbFilename
      ? [
          '--db-filename',
          options.dbFilename,
          ...(options.sqlitePragmas ?? ['journal_mode=wal', 'synchronous=1']).flatMap((pragma) => [
            '--sqlite-pragma',
            pragma,
          ]),
        ]
      : []),
    ...(options.extraArgs ?? []),
  ];
  if (options.dbFilename) mkdirSync(dirname(options.dbFilename), { recursive: true });
  const child = spawn(options.executable, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    options.onOutput?.(text);
    tail = (tail + text).slice(-4000);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
    child.once('error', (error) => {
      tail += `\n${error.message}`;
      exited = true;
      resolve();
    });
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const address = `${ip}:${port}`;
  const stop = async (graceMs = 10_000) => {
    process.removeListener('exit', killOnExit);
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exit;
    clearTimeout(timer);
  };
  try {
    await waitForNamespace(address, options.namespace, options.startTimeoutMs ?? 60_000, () => exited);
  } catch (error) {
    await stop(1000);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError('INTERNAL', `The Temporal dev server did not start (${reason}). Its output:\n${tail}`);
  }
  return { address, port, namespace: options.namespace, child, stop };
}

async function waitForNamespace(
  address: string,
  namespace: string,
  timeoutMs: number,
  hasExited: () => boolean,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('the process exited');
    let connection: Connection | undefined;
    try {
      const open = await Connection.connect({ address, connectTimeout: 1000 });
      connection = open;
      await open.withDeadline(Date.now() + 2000, () => open.workflowService.describeNamespace({ namespace }));
      return;
    } catch (error) {
      lastError = error;
    } finally {
      await connection?.close().catch(() => undefined);
    }
    await delay(100);
  }
  throw new Error(`no answer from ${address} within ${timeoutMs} ms: ${String(lastError)}`);
}
