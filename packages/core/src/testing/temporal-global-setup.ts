// vitest globalSetup: one Temporal dev server for the whole run of a package's tests (see
// temporal-test-server.ts). Listed in the vitest config of every package with workflow tests.
import { setUpTemporalForTestRun } from './temporal-test-server.js';

export default async function setup(): Promise<() => Promise<void>> {
  return setUpTemporalForTestRun();
}
