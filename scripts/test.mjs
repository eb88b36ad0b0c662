// `pnpm test`: every package's tests, in two modes, each package's vitest run one after another.
//
//  1. postgres mode (TEST_DB=postgres): every test file, against a real PostgreSQL server named by
//     TEST_DATABASE_URL (tests create their own databases on it). When the variable is unset, a
//     throwaway server is started here (initdb into a temp dir, 127.0.0.1 on a free port, fsync off)
//     and stopped and removed afterwards, also on failure and Ctrl-C.
//  2. PGlite mode (TEST_DB=pglite): the *.pglite.test.ts files again, now on the embedded runtime of
//     `pnpm start`: createTestDatabase() then returns an in-memory PGlite behind pglite-socket. The
//     real server is stopped and TEST_DATABASE_URL removed, so nothing can reach it by mistake.
//
// A package whose test script is not `vitest run` is run as is, in postgres mode only. The last line
// is "N passed, N failed" over all runs; the exit code is non-zero when any run failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './test/postgres-server.mjs';
import { workspacePackages } from './test/workspace.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const reports = mkdtempSync(join(tmpdir(), 'crm-test-reports-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** "package (mode): file › test" per failure, repeated at the very end so a log's tail names them. */
const failures = [];
let server;
let child;

function cleanUp() {
  server?.stop();
  server = undefined;
  rmSync(reports, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // Children run in their own process group, so that the whole tree (pnpm, vitest, its workers) stops.
    try {
      if (child?.pid) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
    cleanUp();
    process.exit(130);
  });
}
process.on('exit', cleanUp);

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, args, cwd, env) {
  return new Promise((resolve) => {
    child = spawn(command, args, { cwd, env, stdio: 'inherit', detached: true });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function firstLine(text) {
  return String(text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line.length > 0);
}

function count(label, reportFile, exitCode) {
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    report = undefined;
  }
  const failed = report?.numFailedTests ?? 0;
  totals.passed += report?.numPassedTests ?? 0;
  totals.skipped += (report?.numPendingTests ?? 0) + (report?.numTodoTests ?? 0);
  // A run can fail with no failing test (a file that does not load): count it once.
  totals.failed += exitCode !== 0 && failed === 0 ? 1 : failed;
  for (const file of report?.testResults ?? []) {
    const name = relative(root, file.name ?? '');
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
    for (const test of failedTests) {
      const why = firstLine(test.failureMessages?.[0]);
      failures.push(`${label}: ${name} › ${test.fullName ?? test.title}${why ? `\n    ${why}` : ''}`);
    }
    if (file.status === 'failed' && failedTests.length === 0) {
      failures.push(`${label}: ${name} did not run${file.message ? `\n    ${firstLine(file.message)}` : ''}`);
    }
  }
  if (exitCode !== 0 && !report) failures.push(`${label}: exited with ${exitCode} and wrote no report`);
}

async function runPackage(pkg, mode, env) {
  const words = pkg.testScript.trim().split(/\s+/);
  const label = `${pkg.name} (${mode})`;
  if (words[0] !== 'vitest' || words[1] !== 'run') {
    if (mode !== 'postgres') return 0;
    console.log(`\n▶ ${label}: ${pkg.testScript}`);
    const code = await run('pnpm', ['run', '--silent', 'test'], pkg.dir, env);
    if (code !== 0) {
      totals.failed += 1;
      failures.push(`${label}: exited with ${code}`);
    }
    return code;
  }
  console.log(`\n▶ ${label} in ${relative(root, pkg.dir) || '.'}`);
  const reportFile = join(reports, `${pkg.name.replace(/\W+/g, '_')}-${mode}.json`);
  const own = words.slice(2).filter((word) => word !== '--passWithNoTests');
  // A positional argument is a file filter: only paths containing it run.
  const select = mode === 'pglite' ? ['.pglite.test.ts'] : [];
  const args = ['exec', 'vitest', 'run', ...own, ...select, '--passWithNoTests'];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`);
  const code = await run('pnpm', args, pkg.dir, env);
  count(label, reportFile, code);
  return code;
}

async function runMode(mode, env, packages) {
  let failedRuns = 0;
  for (const pkg of packages) if ((await runPackage(pkg, mode, env)) !== 0) failedRuns += 1;
  return failedRuns;
}

const packages = workspacePackages(root);
const base = { ...process.env };
const temporal = join(root, '.tools', 'temporal');
// Workflow tests start the Temporal dev server from this binary (scripts/ci/install-temporal.sh).
if (!base.TEMPORAL_CLI_PATH && existsSync(temporal)) base.TEMPORAL_CLI_PATH = temporal;

let failedRuns = 0;
try {
  let url = base.TEST_DATABASE_URL;
  if (!url) {
    server = await startPostgres();
    url = server.url;
    console.log(`Started a throwaway PostgreSQL ${server.version} at ${url}`);
  }
  failedRuns += await runMode('postgres', { ...base, TEST_DB: 'postgres', TEST_DATABASE_URL: url }, packages);
  server?.stop();
  server = undefined;
  const pgliteEnv = { ...base, TEST_DB: 'pglite' };
  delete pgliteEnv.TEST_DATABASE_URL;
  failedRuns += await runMode('pglite', pgliteEnv, packages);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  failedRuns += 1;
  totals.failed += 1;
  failures.push(`setup: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  cleanUp();
}

const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((line) => `  ${line}`).join('\n')}`);
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exitCode = failedRuns > 0 ? 1 : 0;
