/**
 * `pnpm bench [--full] [--contacts=N] [--seconds=N] [--workflows-only | --skip-workflows]
 * [--triggers=N] [--workflow-runs=N] [--waiting-runs=N]`: the full size is 1M contacts among 100
 * tenants and 10,000 runs waiting on timers.
 */
export interface BenchOptions {
  contacts: number;
  tenants: number;
  seconds: number;
  connections: number;
  poolSize: number;
  /** Which parts run: the API/data benchmark, the workflow benchmark, or both (default). */
  parts: { api: boolean; workflows: boolean };
  triggers: number;
  workflowRuns: number;
  waitingRuns: number;
}

export function parseOptions(argv: string[]): BenchOptions {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const full = argv.includes('--full');
  return {
    contacts: Number(flag('contacts') ?? (full ? 1_000_000 : 100_000)),
    tenants: Number(flag('tenants') ?? 100),
    seconds: Number(flag('seconds') ?? (full ? 20 : 10)),
    connections: Number(flag('connections') ?? 20),
    poolSize: Number(flag('pool') ?? 20),
    parts: { api: !argv.includes('--workflows-only'), workflows: !argv.includes('--skip-workflows') },
    triggers: Number(flag('triggers') ?? 200),
    workflowRuns: Number(flag('workflow-runs') ?? 500),
    waitingRuns: Number(flag('waiting-runs') ?? (full ? 10_000 : 1_000)),
  };
}
