/**
 * `pnpm bench [--full] [--contacts=N] [--seconds=N] [--only=point,latency,import,workflows]
 * [--triggers=N] [--trigger-rate=N] [--workflow-runs=N] [--waiting-runs=N]`: the full size is 1M
 * contacts among 100 tenants and 10,000 runs waiting on timers.
 */
export interface BenchOptions {
  contacts: number;
  tenants: number;
  seconds: number;
  connections: number;
  poolSize: number;
  /** Parts to run (`--only=point,latency,import,workflows`); all by default. */
  parts: BenchPart[];
  /** Workflows: record writes measured for trigger-to-first-step latency, and their rate per second. */
  triggers: number;
  triggerRate: number;
  /** Workflows: runs of each kind in the simple-vs-noop throughput comparison. */
  workflowRuns: number;
  /** Workflows: runs waiting on timers at the same time. */
  waitingRuns: number;
}

export type BenchPart = 'point' | 'latency' | 'import' | 'workflows';
const allParts: BenchPart[] = ['point', 'latency', 'import', 'workflows'];

export function parseOptions(argv: string[]): BenchOptions {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const full = argv.includes('--full');
  return {
    contacts: Number(flag('contacts') ?? (full ? 1_000_000 : 100_000)),
    tenants: Number(flag('tenants') ?? 100),
    seconds: Number(flag('seconds') ?? (full ? 20 : 10)),
    connections: Number(flag('connections') ?? 20),
    poolSize: Number(flag('pool') ?? 20),
    parts: allParts.filter((part) => (flag('only')?.split(',') ?? allParts).includes(part)),
    triggers: Number(flag('triggers') ?? 200),
    triggerRate: Number(flag('trigger-rate') ?? 5),
    workflowRuns: Number(flag('workflow-runs') ?? 300),
    waitingRuns: Number(flag('waiting-runs') ?? (full ? 10_000 : 1_000)),
  };
}
