/**
 * The PostgreSQL server the benchmark runs against: BENCH_DATABASE_URL, or TEST_DATABASE_URL, or a
 * throwaway server started the same way `pnpm test` starts one.
 */
export async function benchPostgres(): Promise<{ url: string; stop(): Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: () => Promise.resolve() };
  throw new Error('Set BENCH_DATABASE_URL (a role that may create databases)');
}
