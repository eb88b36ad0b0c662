import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface Child {
  process: ChildProcess;
  /** Resolves with the first stdout line matching `pattern` (rejects if the process exits first). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGKILL, resolves once the process is gone. */
  kill(): Promise<void>;
}

/** Runs a TypeScript file of this folder with tsx in its own process. */
export function spawnChild(file: string, env: Record<string, string>): Child {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  return {
    process: child,
    waitFor(pattern, timeoutMs = 60_000) {
      return new Promise((resolve, reject) => {
        const started = Date.now();
        const check = () => {
          const line = output.split('\n').find((l) => pattern.test(l));
          if (line !== undefined) {
            resolve(line);
          } else if (child.exitCode !== null || child.signalCode !== null) {
            reject(new Error(`${file} exited before printing ${String(pattern)}:\n${errors}`));
          } else if (Date.now() - started > timeoutMs) {
            reject(new Error(`${file}: no ${String(pattern)} in time:\n${errors}`));
          } else {
            setTimeout(check, 50);
          }
        };
        check();
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
