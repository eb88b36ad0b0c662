import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '@crm/core';
import { createTemporalClient, freePort } from '@crm/core/workflow-engine';
import { createTestApp, type TestApp } from './support/test-app.js';

let h: TestApp;

beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

describe('GET /health', () => {
  it('answers ok when the database and Temporal answer', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 naming Temporal when Temporal does not answer', async () => {
    const live = h.services.temporal;
    // A port nothing listens on.
    const dead = createTemporalClient({
      address: `127.0.0.1:${await freePort('127.0.0.1')}`,
      namespace: 'default',
    });
    h.services.temporal = dead;
    try {
      const res = await h.app.inject({ method: 'GET', url: '/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', failed: ['temporal'] });
    } finally {
      h.services.temporal = live;
      await dead.close();
    }
  });

  it('answers 503 naming the database when the database does not answer', async () => {
    const { database } = h.services;
    const port = await freePort('127.0.0.1');
    const dead = createDatabase({ url: `postgres://crm@127.0.0.1:${port}/crm`, poolSize: 1 });
    h.services.database = dead;
    try {
      const res = await h.app.inject({ method: 'GET', url: '/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'unavailable', failed: ['database'] });
    } finally {
      h.services.database = database;
      await dead.close();
    }
  });
});
