import pg from 'pg';
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

/** An empty database `name` on the server (dropped first if a previous run left it); its URL. */
export async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
