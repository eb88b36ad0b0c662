import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface WorkerProcess {
  child: ChildProcess;
  /** Current and peak resident memory (VmRSS, VmHWM) in MiB; Linux only. */
  memoryMiB(): { rss: number | null; peak: number | null };
  stop(): Promise<void>;
}

/** The production worker entry (apps/api/src/worker-main.ts) in its own process, so its memory is its own. */
export async function startWorkerProcess(env: Record<string, string>): Promise<WorkerProcess> {
  const entry = fileURLToPath(new URL('../../../apps/api/src/worker-main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...env, LOG_LEVEL: 'error', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('worker polling')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`the worker exited with ${code}`));
    });
  });
  const read = (field: string) => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
      return kb ? Math.round(Number(kb) / 1024) : null;
    } catch {
      return null;
    }
  };
  return {
    child,
    memoryMiB: () => ({ rss: read('VmRSS'), peak: read('VmHWM') }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
