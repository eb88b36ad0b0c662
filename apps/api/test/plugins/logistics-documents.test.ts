import { plugins } from '@crm/core';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOf, restClient, type ErrorBody } from '../support/rest-call.js';
import {
  bearer,
  createTestApp,
  createTestTenant,
  type TestApp,
  type TestTenant,
} from '../support/test-app.js';

let h: TestApp;
let a: TestTenant;
let b: TestTenant;
let accountId: string;
let contractId: string;
const { call, create } = restClient(() => h);
const admin = () => a.users.admin.token;

beforeAll(async () => {
  h = await createTestApp();
  a = await createTestTenant(h, 'ТрансКарго');
  b = await createTestTenant(h, 'Other');
  await h.t.db.withTenant(a.tenantId, (db) =>
    db.tenant.update({ where: { id: a.tenantId }, data: { locale: 'ru' } }),
  );
  for (const tenant of [a, b])
    await plugins.enablePluginsAsTenantAdmin(h.t.db, tenant.tenantId, h.services.plugins);
  accountId = (
    await create<{ id: string }>(admin(), '/accounts', {
      name: 'ООО «Северный Путь»',
      taxId: '7707083893',
      address: 'Москва, ул. Складочная, 1',
    })
  ).id;
  contractId = (
    await create<{ id: string }>(admin(), '/logistics/contracts', {
      number: 'Л-2026/017',
      accountId,
      kind: 'client',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      autoRenew: true,
      noticeDays: 45,
    })
  ).id;
});
afterAll(async () => h.close());

/** GET a PDF: the status, headers and, for a PDF, its text. */
async function pdf(url: string, token = admin()) {
  const res = await h.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: bearer(token) });
  const isPdf = res.headers['content-type'] === 'application/pdf';
  const text = isPdf
    ? (await extractText(await getDocumentProxy(new Uint8Array(res.rawPayload)), { mergePages: true })).text
    : '';
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload, text };
}

describe('standard documents as PDF', () => {
  it('generates the contract from the built-in Russian template, with the number and the client in Russian', async () => {
    const doc = await pdf(`/logistics/contracts/${contractId}/document.pdf`);
    expect(doc.status).toBe(200);
    expect(doc.headers['content-disposition']).toContain("filename*=UTF-8''contract-%D0%9B-2026_017.pdf");
    expect(doc.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(doc.text).toContain('Договор перевозки грузов № Л-2026/017');
    expect(doc.text).toContain('ООО «Северный Путь»');
    expect(doc.text).toContain('ИНН 7707083893');
    expect(doc.text).toContain('по 31.12.2026');
    // Notice deadline: 45 days before the end.
    expect(doc.text).toContain('до 16.11.2026');
    const audit = await h.t.db.withTenant(a.tenantId, (db) =>
      db.auditLog.findMany({
        where: { action: 'logistics.document.generated', recordId: contractId },
        select: { actorUserId: true },
      }),
    );
    expect(audit).toEqual([{ actorUserId: a.users.admin.userId }]);
  });

  it("uses the tenant's own template, refusing unknown placeholders by field", async () => {
    const bad = await call<ErrorBody>(admin(), 'PUT', '/logistics/document-templates/contract', {
      title: 'Договор {{ contract.nomer }}',
      body: 'Клиент {{ client.name }} {{ client.phone }}',
    });
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body)).toEqual(['title', 'body']);
    const saved = await call<{ isDefault: boolean; version: number }>(
      admin(),
      'PUT',
      '/logistics/document-templates/contract',
      {
        title: 'Договор-оферта {{ contract.number }}',
        body: 'Заказчик: {{ client.name }}.\n\nСрок до {{ contract.endsOn }}.',
      },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ isDefault: false, version: 1 });
    expect(
      (
        await call(a.users.sales_rep.token, 'PUT', '/logistics/document-templates/contract', {
          title: 'x',
          body: 'y',
        })
      ).status,
    ).toBe(403);
    const doc = await pdf(`/logistics/contracts/${contractId}/document.pdf`);
    expect(doc.text).toContain('Договор-оферта Л-2026/017');
    expect(doc.text).toContain('Заказчик: ООО «Северный Путь».');
    const list = await call<{ items: { kind: string; isDefault: boolean }[] }>(
      admin(),
      'GET',
      '/logistics/document-templates',
    );
    expect(list.body.items.map((t) => [t.kind, t.isDefault])).toEqual([
      ['contract', false],
      ['waybill', true],
    ]);
  });

  it('generates the waybill of a shipment with its vehicle and stops', async () => {
    const vehicle = await create<{ id: string }>(admin(), '/logistics/vehicles', {
      plateNumber: 'Р555ОР99',
      make: 'КАМАЗ',
      model: '54901',
      bodyType: 'tent',
      payloadKg: 20000,
    });
    const shipment = await create<{ id: string }>(admin(), '/logistics/shipments', {
      number: 'ТН-0042',
      accountId,
      cargo: 'Бумага офисная',
      weightKg: 12000,
      stops: [
        { kind: 'pickup', place: 'Москва, Складочная, 1' },
        { kind: 'delivery', place: 'Тверь, Октябрьский пр., 5' },
      ],
    });
    await call(admin(), 'POST', `/logistics/shipments/${shipment.id}/transition`, {
      to: 'assigned',
      vehicleId: vehicle.id,
    });
    const doc = await pdf(`/logistics/shipments/${shipment.id}/waybill.pdf`);
    expect(doc.status).toBe(200);
    for (const text of [
      'Транспортная накладная № ТН-0042',
      'ООО «Северный Путь»',
      'Бумага офисная',
      'Р555ОР99',
      '2. Тверь, Октябрьский пр., 5 (выгрузка)',
    ]) {
      expect(doc.text).toContain(text);
    }
  });

  it("answers 404 for another tenant and for a contract out of a sales rep's reach, and JSON errors stay JSON", async () => {
    const foreign = await pdf(`/logistics/contracts/${contractId}/document.pdf`, b.users.admin.token);
    expect(foreign.status).toBe(404);
    expect(foreign.headers['content-type']).toContain('application/json');
    expect(
      (await pdf(`/logistics/contracts/${contractId}/document.pdf`, a.users.sales_rep.token)).status,
    ).toBe(404);
    const viewer = await pdf(`/logistics/contracts/${contractId}/document.pdf`, a.users.viewer.token);
    expect(viewer.status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  it('describes the PDF routes as application/pdf files, not as the JSON the procedure returns', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    interface Operation {
      responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
    }
    const paths = res.json<{ paths: Record<string, Record<string, Operation>> }>().paths;
    for (const path of ['/logistics/contracts/{id}/document.pdf', '/logistics/shipments/{id}/waybill.pdf']) {
      const content = paths[path]?.get?.responses['200']?.content;
      expect(content, path).toEqual({ 'application/pdf': { schema: { type: 'string', format: 'binary' } } });
    }
    // A JSON route keeps its JSON description.
    expect(Object.keys(paths['/logistics/contracts/{id}']?.get?.responses['200']?.content ?? {})).toEqual([
      'application/json',
    ]);
  });
});
