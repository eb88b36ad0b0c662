import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import Postgrator from 'postgrator';

/** A package's ordered SQL migrations. Core comes first, then each plugin in registry order. */
export interface MigrationSource {
  /** Names the package's history table `migrations_<name>`. */
  name: string;
  directory: string;
}

export const coreMigrations: MigrationSource = {
  name: 'core',
  directory: fileURLToPath(new URL('../../migrations', import.meta.url)),
};

const MIGRATION_LOCK = 7_242_001;

/**
 * Applies pending migrations with postgrator: each file in its own transaction (together with its
 * history row), checksums of applied files verified (an edited applied migration is refused), and
 * the whole run under an advisory lock so that two starting processes never migrate at once.
 */
export async function migrate(connectionString: string, sources: MigrationSource[]): Promise<string[]> {
  const client = new pg.Client({ connectionString, application_name: 'crm-migrate' });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    for (const source of sources) {
      if (readdirSync(source.directory).length === 0) continue;
      applied.push(...(await migrateOne(client, source)));
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function migrateOne(client: pg.Client, source: MigrationSource): Promise<string[]> {
  // postgrator runs a migration's script and then its history insert; the transaction spans both.
  let phase: 'idle' | 'script' | 'history' = 'idle';
  const postgrator = new Postgrator({
    migrationPattern: `${source.directory}/*`,
    driver: 'pg',
    schemaTable: `migrations_${source.name}`,
    validateChecksums: true,
    execQuery: async (query) => {
      if (phase === 'script') {
        phase = 'history';
        await client.query('BEGIN');
        try {
          return await client.query(query);
        } catch (error) {
          await client.query('ROLLBACK');
          phase = 'idle';
          throw error;
        }
      }
      if (phase === 'history') {
        phase = 'idle';
        try {
          const result = await client.query(query);
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
      return client.query(query);
    },
  });
  postgrator.on('migration-started', () => {
    phase = 'script';
  });
  const migrations = await postgrator.migrate();
  await assertNoneSkipped(client, source, postgrator);
  return migrations.map((m) => `${source.name}/${m.filename}`);
}

/**
 * postgrator applies only versions above the database's highest one, so a file added below it (a
 * branch merged late) would be skipped silently. Refuse to start instead.
 */
async function assertNoneSkipped(
  client: pg.Client,
  source: MigrationSource,
  postgrator: Postgrator,
): Promise<void> {
  const files = (await postgrator.getMigrations()).filter((m) => m.action === 'do').map((m) => m.version);
  const { rows } = await client.query<{ version: string }>(`SELECT version FROM migrations_${source.name}`);
  const applied = new Set(rows.map((row) => Number(row.version)));
  const skipped = files.filter((version) => !applied.has(version));
  if (skipped.length > 0) {
    throw new Error(
      `Migrations of ${source.name} not applied although later ones are: ${skipped.join(', ')}`,
    );
  }
}
