import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Bounds against a hang, not speed targets: on a loaded machine the tests with real Temporal timers
    // run several times slower than on a quiet one, and waits inside tests stay below these bounds.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Every response of the suite is checked to carry only the caller's tenant (assert-tenant.ts).
    env: { CRM_ASSERT_TENANT: '1', WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'loopback' },
    // One Temporal dev server for the run (/health, workflow tests); fails the run when no CLI is found.
    globalSetup: ['../../packages/core/src/testing/temporal-global-setup.ts'],
    // Each file makes its own database, tenants, app and task queue, so files share no state through
    // modules: a worker keeps the app's modules loaded from one file to the next instead of importing
    // them again for each (the import step was 188 s of the suite's 539 s). Files still run one at a
    // time: two at once on a two-core machine made the CPU-heavy ones (the plugin scaffold's type
    // check, a large import) miss their timeouts.
    isolate: false,
  },
});
