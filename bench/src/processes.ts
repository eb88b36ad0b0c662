import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Served {
  port: number;
  child: ChildProcess;
  /** Peak resident memory (VmHWM) of the process, in MiB; Linux only. */
  peakRssMiB(): number | null;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry of this package in its own Node process and waits for "listening <port>". */
export async function serve(entry: string, env: Record<string, string>): Promise<Served> {
  const file = fileURLToPath(new URL(entry, import.meta.url));
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each served process there (for finding hot spots).
  const profile = process.env.BENCH_CPU_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
    : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', file], {
    env: { ...process.env, ...env, PORT: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (\d+)/.exec(out);
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.once('exit', (code) => {
      reject(new Error(`${entry} exited with ${code}`));
    });
  });
  return {
    port,
    child,
    peakRssMiB() {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
        return kb ? Math.round(Number(kb) / 1024) : null;
      } catch {
        return null;
      }
    },
    stop() {
      return new Promise((resolve) => {
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      });
    },
  };
}
