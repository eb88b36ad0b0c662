import { createServer } from 'node:http';
import pg from 'pg';
import { contacts } from '@crm/core';

/**
 * The raw baseline of the point-read benchmark: plain node:http and pg, the same SQL and the same RLS
 * transaction as the API (one opening statement that sets role and tenant, the API's own read statement,
 * COMMIT), the same pool size. No framework, no auth, no validation: what the database path alone costs.
 * Queries are sent the plain way (unnamed statements); `/prepared/` names the read as the API does.
 */
const url = process.env.DATABASE_URL ?? '';
const tenantId = process.env.BENCH_TENANT_ID ?? '';
const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 20) });
const opening = `BEGIN; SET LOCAL ROLE crm_app; SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '', true)`;
const read = contacts.readContactSql;

const server = createServer((request, response) => {
  const [, kind, id] = /^\/(contacts|prepared)\/([0-9a-f-]{36})$/.exec(request.url ?? '') ?? [];
  if (!id) {
    response.writeHead(404).end();
    return;
  }
  void (async () => {
    const client = await pool.connect();
    try {
      await client.query(opening);
      const values = [tenantId, id, null];
      const { rows } = await client.query(
        kind === 'prepared' ? { name: 'read_contact', text: read, values } : { text: read, values },
      );
      await client.query('COMMIT');
      const row: unknown = rows[0];
      response
        .writeHead(row ? 200 : 404, { 'content-type': 'application/json' })
        .end(JSON.stringify(row ?? {}));
    } catch {
      await client.query('ROLLBACK').catch(() => undefined);
      response.writeHead(500).end();
    } finally {
      client.release();
    }
  })();
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
