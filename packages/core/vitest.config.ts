import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    // Webhook tests receive on loopback servers; every other private address stays refused.
    env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'loopback' },
    hookTimeout: 60_000,
    // One Temporal dev server for the run (workflow tests); fails the run when no CLI is found.
    globalSetup: ['src/testing/temporal-global-setup.ts'],
  },
});
