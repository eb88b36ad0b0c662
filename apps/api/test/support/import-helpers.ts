import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { bearer, type TestApp, type TestTenant } from './test-app.js';

export type Role = keyof TestTenant['users'];

export interface ImportView {
  id: string;
  status: string;
  dryRun: boolean;
  totalRows: number;
  processedRows: number;
  createdRows: number;
  updatedRows: number;
  skippedRows: number;
  errorRows: number;
  errors: { row: number; field: string; column?: string; message: string }[];
}

/** A multipart/form-data body with an `options` field and a CSV `file`. */
export function multipart(options: unknown, file: Buffer | string, fileName = 'contacts.csv') {
  const boundary = `----crm${randomUUID()}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="options"\r\n\r\n${typeof options === 'string' ? options : JSON.stringify(options)}\r\n` +
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  const body = Buffer.concat([
    Buffer.from(head),
    typeof file === 'string' ? Buffer.from(file) : file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Import calls on the app a test file creates in `beforeAll` (read at each call). */
export function importClient(testApp: () => TestApp) {
  async function upload(tenant: TestTenant, options: unknown, file: Buffer | string, role: Role = 'admin') {
    const { payload, headers } = multipart(options, file);
    return testApp().app.inject({
      method: 'POST',
      url: '/api/v1/imports',
      headers: { ...headers, ...bearer(tenant.users[role].token) },
      payload,
    });
  }

  async function getImport(tenant: TestTenant, id: string, role: Role = 'admin') {
    return testApp().app.inject({
      method: 'GET',
      url: `/api/v1/imports/${id}`,
      headers: bearer(tenant.users[role].token),
    });
  }

  /** Polls the import until it has completed or failed. */
  async function finished(tenant: TestTenant, id: string): Promise<ImportView> {
    for (let i = 0; i < 400; i += 1) {
      const view = (await getImport(tenant, id)).json<ImportView>();
      if (view.status === 'completed' || view.status === 'failed') return view;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`import ${id} did not finish`);
  }

  /** Uploads (202 expected) and waits for the end of the import. */
  async function importCsv(
    tenant: TestTenant,
    options: unknown,
    file: Buffer | string,
    role: Role = 'admin',
  ): Promise<ImportView> {
    const res = await upload(tenant, options, file, role);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.headers.location).toBe(`/api/v1/imports/${res.json<ImportView>().id}`);
    return finished(tenant, res.json<ImportView>().id);
  }

  /**
   * A tenant's contacts in creation order, as far as the import tests read them. The rows of one import
   * share `createdAt` (one transaction); their UUIDv7 ids, made in file order, break the tie.
   */
  const contacts = (tenant: TestTenant) =>
    testApp().t.db.withTenant(tenant.tenantId, (db) =>
      db.contact.findMany({
        select: {
          firstName: true,
          lastName: true,
          emails: true,
          phones: true,
          position: true,
          customFields: true,
          version: true,
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    );
  const countContacts = (tenant: TestTenant) =>
    testApp().t.db.withTenant(tenant.tenantId, (db) => db.contact.count());

  return { upload, getImport, finished, importCsv, contacts, countContacts };
}
