import { hashPassword, hashToken, sessionPolicy, type TenantDb } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getMe,
  logIn,
  PASSWORD,
  session,
  sessionTokenOf,
  signUp,
  uniqueEmail,
  uniqueIp,
} from './support/auth-helpers.js';
import { createTestApp, type TestApp } from './support/test-app.js';

let h: TestApp;
beforeAll(async () => {
  h = await createTestApp();
});
afterAll(async () => h.close());

function platform<T>(work: (db: TenantDb) => Promise<T>): Promise<T> {
  return h.t.db.withPlatform(work);
}

async function auditActions(tenantId: string): Promise<{ action: string; after: unknown }[]> {
  return h.t.db.withTenant(tenantId, (db) =>
    db.auditLog.findMany({ select: { action: true, after: true }, orderBy: { at: 'asc' } }),
  );
}

describe('POST /api/v1/auth/signup', () => {
  it('creates the user, the tenant with its owner as admin and a session, and signs in', async () => {
    const email = uniqueEmail('signup');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        workspaceName: 'Acme Ltd',
        name: 'Ann Owner',
        email: email.toUpperCase(),
        password: PASSWORD,
      },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      tenant: { id: string; name: string };
      user: { id: string; name: string; email: string };
    }>();
    expect(Object.keys(body).sort()).toEqual(['tenant', 'user']);
    expect(body.tenant).toEqual({ id: body.tenant.id, name: 'Acme Ltd' });
    expect(body.user).toEqual({ id: body.user.id, name: 'Ann Owner', email });
    const token = sessionTokenOf(res);
    expect(token).toMatch(/^crm_sess_[A-Za-z0-9_-]{43}$/);

    const me = await getMe(h, token ?? '');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      tenant: body.tenant,
      roleKey: 'admin',
      tenants: [{ id: body.tenant.id, roleKey: 'admin' }],
    });

    const stored = await platform((db) =>
      db.user.findUniqueOrThrow({
        where: { id: body.user.id },
        select: { passwordHash: true, passwordChangedAt: true },
      }),
    );
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.passwordChangedAt).not.toBeNull();
    const sessionRow = await platform((db) =>
      db.session.findUniqueOrThrow({ where: { id: hashToken(token ?? '') } }),
    );
    expect(sessionRow.activeTenantId).toBe(body.tenant.id);
    expect(sessionRow.expiresAt.getTime() - sessionRow.createdAt.getTime()).toBe(
      sessionPolicy.absoluteTimeoutMs,
    );
    const audit = await auditActions(body.tenant.id);
    expect(audit.map((a) => a.action)).toContain('auth.signup');
    expect(JSON.stringify(audit)).not.toContain(PASSWORD);
  });

  it('writes nothing at all when any step of the sign-up fails', async () => {
    await h.t.db.pool.query(`
      CREATE FUNCTION test_fail_doomed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "Tenant" WHERE "id" = NEW."tenantId" AND "name" = 'Doomed') THEN RAISE EXCEPTION 'injected'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER test_fail_doomed AFTER INSERT ON "Stage" FOR EACH ROW EXECUTE FUNCTION test_fail_doomed();`);
    const email = uniqueEmail('doomed');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { workspaceName: 'Doomed', name: 'D', email, password: PASSWORD },
    });
    expect(res.statusCode).toBe(500);
    expect(sessionTokenOf(res)).toBeNull();
    const counts = await h.t.db.pool.query<{ users: string; tenants: string; sessions: string }>(
      `SELECT (SELECT count(*) FROM "User" WHERE "email" = $1) AS users,
              (SELECT count(*) FROM "Tenant" WHERE "name" = 'Doomed') AS tenants,
              (SELECT count(*) FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE u."email" = $1) AS sessions`,
      [email],
    );
    expect(counts.rows[0]).toEqual({ users: 0, tenants: 0, sessions: 0 });
    await h.t.db.pool.query('DROP TRIGGER test_fail_doomed ON "Stage"');
  });

  it('refuses an existing address with a wrong password: 409, nothing written, the owner is told by e-mail', async () => {
    const owner = await signUp(h, { workspaceName: 'First' });
    h.sentMail.length = 0;
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: {
        workspaceName: 'Squatter',
        name: 'Mallory',
        email: owner.email,
        password: 'another long passphrase',
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('CONFLICT');
    expect(sessionTokenOf(res)).toBeNull();
    const squatters = await h.t.db.pool.query(`SELECT 1 FROM "Tenant" WHERE "name" = 'Squatter'`);
    expect(squatters.rowCount).toBe(0);
    await expect.poll(() => h.sentMail.map((m) => m.to)).toContain(owner.email);
  });

  it('with the right password for an existing address, adds a workspace owned by that same user', async () => {
    const owner = await signUp(h, { workspaceName: 'One' });
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { workspaceName: 'Two', name: 'Ignored', email: owner.email, password: owner.password },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json<{ user: { id: string } }>().user.id).toBe(owner.userId);
    const me = await getMe(h, sessionTokenOf(res) ?? '');
    expect(me.json<{ tenants: { name: string }[] }>().tenants.map((t) => t.name)).toEqual(['One', 'Two']);
  });

  it('names every invalid field and accepts no extra ones', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { workspaceName: '', name: 'N', email: 'not-an-email', password: 'password1', tenantId: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const fields = res
      .json<{ error: { details: { fields: { field: string }[] } } }>()
      .error.details.fields.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['workspaceName', 'email', 'password']));
  });
});

describe('POST /api/v1/auth/login', () => {
  it('issues a new session on every sign-in and ends the one the browser presented', async () => {
    const owner = await signUp(h);
    const first = await logIn(h, owner.email.toUpperCase(), owner.password, session(owner.token));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({
      user: { id: owner.userId, name: 'Owner', email: owner.email },
      tenant: { id: owner.tenantId, name: 'Workspace' },
      tenants: [{ id: owner.tenantId, name: 'Workspace', roleKey: 'admin' }],
    });
    const firstToken = sessionTokenOf(first);
    expect(firstToken).not.toBeNull();
    expect(firstToken).not.toBe(owner.token);
    expect((await getMe(h, owner.token)).statusCode).toBe(401);

    const second = await logIn(h, owner.email, owner.password);
    const secondToken = sessionTokenOf(second);
    expect(secondToken).not.toBe(firstToken);
    // Without presenting it, the first session lives on (another device).
    expect((await getMe(h, firstToken ?? '')).statusCode).toBe(200);
    expect((await auditActions(owner.tenantId)).map((a) => a.action)).toContain('auth.login');
  });

  it('makes the oldest active membership the active tenant', async () => {
    const owner = await signUp(h, { workspaceName: 'Older' });
    await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/signup',
      payload: { workspaceName: 'Newer', name: 'Owner', email: owner.email, password: owner.password },
    });
    const res = await logIn(h, owner.email, owner.password);
    expect(res.json<{ tenant: { name: string } }>().tenant.name).toBe('Older');
    await h.t.db.withTenant(owner.tenantId, (db) =>
      db.membership.updateMany({ data: { disabledAt: new Date() } }),
    );
    const after = await logIn(h, owner.email, owner.password);
    expect(after.json<{ tenant: { name: string }; tenants: unknown[] }>()).toMatchObject({
      tenant: { name: 'Newer' },
      tenants: [{ name: 'Newer' }],
    });
  });

  it('audits a wrong password for a known account in its workspace, with no actor and no password', async () => {
    const owner = await signUp(h);
    const wrong = await logIn(h, owner.email, 'not-the-password-1');
    expect(wrong.statusCode).toBe(401);
    const failures = () =>
      h.t.db.withTenant(owner.tenantId, (db) =>
        db.auditLog.findMany({
          where: { action: 'auth.login_failed' },
          select: {
            actorUserId: true,
            recordType: true,
            recordId: true,
            ip: true,
            before: true,
            after: true,
          },
        }),
      );
    await expect.poll(failures, { timeout: 30_000 }).toHaveLength(1);
    const [entry] = await failures();
    expect(entry).toMatchObject({ actorUserId: null, recordType: 'User', recordId: owner.userId });
    expect(entry?.ip).toBeTruthy();
    expect(JSON.stringify(entry)).not.toContain('not-the-password-1');
    // An unknown address answers the same and writes nothing anywhere.
    const unknown = await logIn(h, uniqueEmail('nobody'), 'not-the-password-1');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('upgrades a hash made with older parameters at the next sign-in', async () => {
    const owner = await signUp(h);
    const weak = await hashPassword(owner.password, { memoryKib: 4096, timeCost: 1, parallelism: 1 });
    await platform((db) => db.user.update({ where: { id: owner.userId }, data: { passwordHash: weak } }));
    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(200);
    const stored = await platform((db) =>
      db.user.findUniqueOrThrow({ where: { id: owner.userId }, select: { passwordHash: true } }),
    );
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await logIn(h, owner.email, owner.password)).statusCode).toBe(200);
  });
});

describe('POST /api/v1/auth/logout', () => {
  it('ends the session on the server and clears the cookie', async () => {
    const owner = await signUp(h);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session(owner.token),
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ signedOut: true });
    expect(String(res.headers['set-cookie'])).toMatch(
      /^__Host-crm_session=; Max-Age=0; Path=\/;.*Expires=Thu, 01 Jan 1970/,
    );
    expect((await getMe(h, owner.token)).statusCode).toBe(401);
    const row = await platform((db) =>
      db.session.findUniqueOrThrow({ where: { id: hashToken(owner.token) }, select: { revokedAt: true } }),
    );
    expect(row.revokedAt).not.toBeNull();
    expect((await auditActions(owner.tenantId)).map((a) => a.action)).toContain('auth.logout');
    // Idempotent: again, and with no session at all.
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session(owner.token) }))
        .statusCode,
    ).toBe(200);
    expect(
      (await h.app.inject({ method: 'POST', url: '/api/v1/auth/logout', remoteAddress: uniqueIp() }))
        .statusCode,
    ).toBe(200);
  });
});
