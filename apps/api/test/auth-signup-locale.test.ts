import type { TenantDb } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, session, sessionTokenOf, uniqueEmail } from './support/auth-helpers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A workspace speaks the language it was signed up in (`locale` on POST /api/v1/auth/signup).
let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

function platform<T>(work: (db: TenantDb) => Promise<T>): Promise<T> {
  return h.t.db.withPlatform(work);
}

describe('POST /api/v1/auth/signup with a locale', () => {
  it('starts the workspace in the language it was signed up in: pipeline and stages, tenant and user', async () => {
    const pipelinesOf = async (locale?: string) => {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/auth/signup',
        payload: {
          workspaceName: 'Ромашка',
          name: 'Ольга',
          email: uniqueEmail('locale'),
          password: PASSWORD,
          ...(locale ? { locale } : {}),
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      const token = sessionTokenOf(res) ?? '';
      const list = await h.app.inject({ method: 'GET', url: '/api/v1/pipelines', headers: session(token) });
      const body = res.json<{ tenant: { id: string }; user: { id: string } }>();
      const stored = await platform(async (db) => ({
        tenant: await db.tenant.findUniqueOrThrow({
          where: { id: body.tenant.id },
          select: { locale: true },
        }),
        user: await db.user.findUniqueOrThrow({ where: { id: body.user.id }, select: { locale: true } }),
      }));
      return {
        pipelines: list.json<{ items: { name: string; stages: { name: string }[] }[] }>().items,
        locales: [stored.tenant.locale, stored.user.locale],
      };
    };
    const russian = await pipelinesOf('ru');
    expect(russian.pipelines.map((p) => p.name)).toEqual(['Продажи']);
    expect(russian.pipelines[0]?.stages.map((stage) => stage.name)).toEqual([
      'Квалификация',
      'Выявление потребностей',
      'Коммерческое предложение',
      'Переговоры',
      'Успешно',
      'Проиграна',
    ]);
    expect(russian.locales).toEqual(['ru', 'ru']);
    const unsaid = await pipelinesOf();
    expect(unsaid.pipelines.map((p) => p.name)).toEqual(['Sales']);
    expect(unsaid.locales).toEqual(['en', 'en']);

    const refused = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        workspaceName: 'X',
        name: 'Y',
        email: uniqueEmail('locale'),
        password: PASSWORD,
        locale: 'de',
      },
    });
    expect(refused.statusCode).toBe(400);
    expect(
      refused.json<{ error: { details: { fields: { field: string }[] } } }>().error.details.fields,
    ).toEqual([expect.objectContaining({ field: 'locale' })]);
  });
});
