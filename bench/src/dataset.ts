import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { createDatabase, hashToken, newId, newToken, provisionTenant } from '@crm/core';

const firstNames = [
  'Иван',
  'Анна',
  'Дмитрий',
  'Ольга',
  'Сергей',
  'Мария',
  'Алексей',
  'Елена',
  'Андрей',
  'Наталья',
  'John',
  'Emily',
  'Michael',
  'Sarah',
  'David',
  'Laura',
  'Павел',
  'Татьяна',
  'Николай',
  'Ирина',
];
const lastNames = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Smith',
  'Johnson',
  'Brown',
  'Taylor',
  'Wilson',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
];
const positions = [
  'Генеральный директор',
  'Главный бухгалтер',
  'Менеджер по закупкам',
  'CTO',
  'Head of Sales',
  'Инженер',
  'Юрист',
];

export interface BenchTenant {
  tenantId: string;
  apiToken: string;
  apiKeyId: string;
  userId: string;
}

/** Mulberry32: a small seeded PRNG so that every run loads the same data. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Creates `count` tenants through the product's own provisioning, each with an admin API key. */
export async function createTenants(url: string, count: number): Promise<BenchTenant[]> {
  const database = createDatabase({ url, poolSize: 4 });
  const tenants: BenchTenant[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const tenantId = newId();
      const userId = newId();
      const apiToken = newToken('crm_key');
      const apiKeyId = newId();
      await database.withTenant(tenantId, async (db) => {
        await db.user.create({
          data: { id: userId, email: `bench-${tenantId}@bench.test`, name: `Bench ${i}` },
        });
        await provisionTenant(db, tenantId, { workspaceName: `Bench ${i}`, owner: { userId } });
        await db.apiKey.create({
          data: {
            tenantId,
            id: apiKeyId,
            name: 'bench',
            prefix: apiToken.slice(0, 12),
            tokenHash: hashToken(apiToken),
            userId,
          },
        });
      });
      tenants.push({ tenantId, apiToken, apiKeyId, userId });
    }
  } finally {
    await database.close();
  }
  return tenants;
}

const escape = (value: string) =>
  value.replace(/[\\\t\n]/g, (c) => (c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\\\'));

/** One contact as a COPY text line, plus its id. */
export function contactLine(
  tenantId: string,
  ownerId: string,
  n: number,
  random: () => number,
): { id: string; line: string } {
  const id = newId();
  const first = firstNames[Math.floor(random() * firstNames.length)] ?? 'Иван';
  const last = lastNames[Math.floor(random() * lastNames.length)] ?? 'Иванов';
  const email = `user${n}.${tenantId.slice(-6)}@example${n % 97}.com`;
  const phone = `+7 9${String(n).padStart(9, '0')}`;
  const position = positions[n % positions.length] ?? '';
  const fields = [tenantId, id, first, last, '\\N', `{${email}}`, `{"${phone}"}`, position, ownerId, '{}'];
  return { id, line: `${fields.map((f) => (f === '\\N' ? f : escape(f))).join('\t')}\n` };
}

/** Loads contacts with COPY as the owner role (no RLS): the fastest way to build the benchmark data set. */
export async function loadContacts(
  url: string,
  tenant: BenchTenant,
  count: number,
  seed: number,
): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const random = prng(seed);
  const sampleIds: string[] = [];
  try {
    const copy = client.query(
      copyStreams.from(
        'COPY "Contact" ("tenantId", "id", "firstName", "lastName", "middleName", "emails", "phones", "position", "ownerId", "customFields") FROM STDIN',
      ),
    );
    function* lines() {
      let batch = '';
      for (let n = 0; n < count; n++) {
        const { id, line } = contactLine(tenant.tenantId, tenant.userId, n, random);
        if (sampleIds.length < 5000 && n % Math.max(1, Math.floor(count / 5000)) === 0) sampleIds.push(id);
        batch += line;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    }
    await pipeline(Readable.from(lines()), copy);
    await client.query('ANALYZE "Contact"');
  } finally {
    await client.end();
  }
  return sampleIds;
}
