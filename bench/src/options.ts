/** `pnpm bench [--full] [--contacts=N] [--seconds=N] [--only=point,latency,import]`: the full size is 1M contacts among 100 tenants. */
export interface BenchOptions {
  contacts: number;
  tenants: number;
  seconds: number;
  connections: number;
  poolSize: number;
  /** Parts to run (`--only=point,latency,import`); all by default. */
  parts: BenchPart[];
}

export type BenchPart = 'point' | 'latency' | 'import';
const allParts: BenchPart[] = ['point', 'latency', 'import'];

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
  };
}
