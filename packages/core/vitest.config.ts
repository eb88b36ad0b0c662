import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Temporal dev server for the run (workflow tests); fails the run when no CLI is found.
    globalSetup: ['src/testing/temporal-global-setup.ts'],
  },
});
