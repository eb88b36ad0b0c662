import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const base = { DATABASE_URL: 'postgres://app@127.0.0.1/crm' };

describe('configuration from the environment', () => {
  it('applies the documented defaults', () => {
    expect(loadConfig(base)).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      DB_POOL_SIZE: 20,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'crm',
      publicUrl: 'http://localhost:3000',
      AUTH_ATTEMPTS_PER_ACCOUNT: 5,
      AUTH_ATTEMPTS_PER_IP: 50,
      AUTH_ATTEMPT_WINDOW_SECONDS: 900,
    });
    expect(loadConfig(base)).not.toHaveProperty('TEMPORAL_MAX_CACHED_WORKFLOWS');
  });

  it('bounds the worker cache when asked to', () => {
    expect(loadConfig({ ...base, TEMPORAL_MAX_CACHED_WORKFLOWS: '2000' }).TEMPORAL_MAX_CACHED_WORKFLOWS).toBe(
      2000,
    );
  });

  it('takes the password-attempt limits', () => {
    expect(
      loadConfig({ ...base, AUTH_ATTEMPTS_PER_IP: '2000', AUTH_ATTEMPT_WINDOW_SECONDS: '60' }),
    ).toMatchObject({
      AUTH_ATTEMPTS_PER_ACCOUNT: 5,
      AUTH_ATTEMPTS_PER_IP: 2000,
      AUTH_ATTEMPT_WINDOW_SECONDS: 60,
    });
    expect(() => loadConfig({ ...base, AUTH_ATTEMPTS_PER_ACCOUNT: '0' })).toThrow(
      /AUTH_ATTEMPTS_PER_ACCOUNT/,
    );
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => loadConfig({ ...base, TEMPORAL_MAX_CACHED_WORKFLOWS: '-1' })).toThrow(
      /TEMPORAL_MAX_CACHED_WORKFLOWS/,
    );
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });
});
