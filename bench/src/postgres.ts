import { startPostgres } from '../../scripts/test/postgres-server.mjs';

/**
 * The PostgreSQL server the benchmark runs against: BENCH_DATABASE_URL, or a throwaway server started
 * exactly as `pnpm test` and CI start one (the machine's PostgreSQL binaries, loopback only).
 */
export async function benchPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, stop: () => Promise.resolve() };
  const server = await startPostgres();
  process.stdout.write(`PostgreSQL ${server.version} started for the benchmark\n`);
  return {
    url: server.url,
    stop: () => {
      server.stop();
      return Promise.resolve();
    },
  };
}
