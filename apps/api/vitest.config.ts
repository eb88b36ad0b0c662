import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Every response of the suite is checked to carry only the caller's tenant (assert-tenant.ts).
    env: { CRM_ASSERT_TENANT: '1' },
    // One Temporal dev server for the run (/health, workflow tests); fails the run when no CLI is found.
    globalSetup: ['../../packages/core/src/testing/temporal-global-setup.ts'],
  },
});
