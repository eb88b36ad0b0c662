import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every response of the suite is checked to carry only the caller's tenant (assert-tenant.ts).
    env: { CRM_ASSERT_TENANT: '1' },
  },
});
