import Fastify from 'fastify';
import pg from 'pg';
import {
  CUSTOM_FIELDS_MEMO,
  abilityFor,
  actorCacheFor,
  contacts,
  createDatabase,
  unitMemo,
  type Principal,
  type TenantContext,
} from '@crm/core';

/**
 * The point read with one layer added at a time, each in the same Fastify process, so that the
 * benchmark shows where the full stack's cost goes (the brief asks for each layer measured alone):
 *   /fastify-pg   Fastify + plain pg, the raw SQL (the API's read statement) and transaction
 *   /uow          + the unit of work (routed pool, one-statement opening)
 *   /prisma       + Prisma findFirst with the contact select (incl. account links)
 *   /service      + the actor check (epoch + cached actor), CASL ability and core getContact (no tRPC, no auth lookup)
 */
const url = process.env.DATABASE_URL ?? '';
const tenantId = process.env.BENCH_TENANT_ID ?? '';
const userId = process.env.BENCH_USER_ID ?? '';
const apiKeyId = process.env.BENCH_API_KEY_ID ?? '';
const poolSize = Number(process.env.DB_POOL_SIZE ?? 20);
const pool = new pg.Pool({ connectionString: url, max: poolSize });
const database = createDatabase({ url, poolSize });
const opening = `BEGIN; SET LOCAL ROLE crm_app; SELECT set_config('app.tenant_id', '${tenantId}', true), set_config('app.user_id', '', true)`;
const read = contacts.readContactSql;
const principal: Principal = { kind: 'apiKey', userId, tenantId, apiKeyId };

const app = Fastify({ logger: false });
app.get<{ Params: { id: string } }>('/fastify-pg/:id', async (request) => {
  const client = await pool.connect();
  try {
    await client.query(opening);
    const { rows } = await client.query(read, [tenantId, request.params.id, null]);
    await client.query('COMMIT');
    return rows[0] as unknown;
  } finally {
    client.release();
  }
});
app.get<{ Params: { id: string } }>('/uow/:id', (request) =>
  database.withTenant(tenantId, async (db) => {
    const rows = await db.$queryRawUnsafe<unknown[]>(read, tenantId, request.params.id, null);
    return rows[0];
  }),
);
app.get<{ Params: { id: string } }>('/prisma/:id', (request) =>
  database.withTenant(tenantId, (db) =>
    db.contact.findFirst({
      where: { tenantId, id: request.params.id, deletedAt: null },
      select: contacts.contactSelect,
    }),
  ),
);
app.get<{ Params: { id: string } }>('/service/:id', (request) => {
  const check = actorCacheFor(database).check(principal, tenantId);
  return database.withTenant(
    tenantId,
    async (db, probeRows) => {
      const probed = await check.resolve(probeRows);
      if (!probed) throw new Error('probe refused');
      unitMemo()?.set(CUSTOM_FIELDS_MEMO, probed.customFieldDefinitions);
      const ctx: TenantContext = {
        db,
        actor: probed.actor,
        ability: abilityFor(probed.actor),
        requestId: request.id,
        ip: null,
      };
      return contacts.getContact(ctx, request.params.id);
    },
    { userId, probe: check.probe },
  );
});

await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' });
const address = app.server.address();
process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
process.on('SIGTERM', () => {
  void app
    .close()
    .then(() => Promise.all([pool.end(), database.close()]))
    .then(() => process.exit(0));
});
