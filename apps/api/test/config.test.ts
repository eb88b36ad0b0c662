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
    });
    expect(loadConfig(base)).not.toHaveProperty('TEMPORAL_MAX_CACHED_WORKFLOWS');
  });

  it('bounds the worker cache when asked to', () => {
    expect(loadConfig({ ...base, TEMPORAL_MAX_CACHED_WORKFLOWS: '2000' }).TEMPORAL_MAX_CACHED_WORKFLOWS).toBe(
      2000,
    );
  });

  it('refuses a bad value, naming the variable', () => {
    expect(() => loadConfig({ ...base, TEMPORAL_MAX_CACHED_WORKFLOWS: '-1' })).toThrow(
      /TEMPORAL_MAX_CACHED_WORKFLOWS/,
    );
    expect(() => loadConfig({})).toThrow(/DATABASE_URL/);
  });
});
