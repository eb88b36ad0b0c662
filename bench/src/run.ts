import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { coreMigrations, migrate } from '@crm/core';
import { createTenants, loadContacts } from './dataset.js';
import { importFiles, timeCopy, timeImport } from './import-bench.js';
import { load, sequentialLatencies, type LoadResult } from './load.js';
import { parseOptions } from './options.js';
import { serve } from './processes.js';
import { benchPostgres, freshDatabase } from './postgres.js';
import { renderMarkdown, type BenchReport } from './report.js';
import { runWorkflowBenchmark } from './workflows/workflow-bench.js';
import { runWebBenchmark } from './web/web-bench.js';

const options = parseOptions(process.argv.slice(2));
const log = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const server = await benchPostgres();
  const report: BenchReport = { startedAt: new Date().toISOString(), options, results: {} };
  try {
    if (options.parts.includes('workflows')) {
      report.results.workflows = await runWorkflowBenchmark(
        server.url,
        {
          triggers: options.triggers,
          triggerRate: options.triggerRate,
          throughputRuns: options.workflowRuns,
          waitingRuns: options.waitingRuns,
        },
        log,
      );
    }
    if (options.parts.includes('web')) {
      const url = await freshDatabase(server.url, 'crm_bench_web');
      report.results.web = await runWebBenchmark(url, options.contacts, log);
    }
    if (options.parts.some((part) => part !== 'workflows' && part !== 'web'))
      await apiBenchmark(server.url, report);
  } finally {
    await server.stop();
  }
  const dir = fileURLToPath(new URL('../results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const stamp = report.startedAt.replaceAll(':', '-');
  writeFileSync(`${dir}/${stamp}.json`, JSON.stringify(report, null, 2));
  const markdown = renderMarkdown(report);
  writeFileSync(`${dir}/${stamp}.md`, markdown);
  writeFileSync(`${dir}/latest.md`, markdown);
  log(markdown);
}

/** (a)–(c): point read, list and search, CSV import, each against its raw baseline. */
async function apiBenchmark(serverUrl: string, report: BenchReport): Promise<void> {
  {
    const url = await freshDatabase(serverUrl, 'crm_bench');
    await migrate(url, [coreMigrations]);
    log(`creating ${options.tenants} tenants...`);
    const tenants = await createTenants(url, options.tenants);
    const big = tenants[0];
    if (!big) throw new Error('no tenant');
    log(
      `loading ${options.contacts} contacts into one tenant, ${Math.round(options.contacts / 1000)} into each other...`,
    );
    const started = performance.now();
    const ids = await loadContacts(url, big, options.contacts, 1);
    for (const [i, tenant] of tenants.slice(1).entries())
      await loadContacts(url, tenant, Math.round(options.contacts / 1000), i + 2);
    report.results.datasetLoadSeconds = Math.round((performance.now() - started) / 100) / 10;

    const env = { DATABASE_URL: url, DB_POOL_SIZE: String(options.poolSize), BENCH_TENANT_ID: big.tenantId };
    const auth = { authorization: `Bearer ${big.apiToken}` };

    const api = await serve('./api-server.ts', env);
    if (options.parts.includes('point')) {
      log('(a) point read: raw baseline...');
      const raw = await serve('./raw-server.ts', env);
      await load(
        raw.port,
        ids.slice(0, 50).map((id) => `/contacts/${id}`),
        { seconds: 2, connections: options.connections },
      );
      const rawResult = await load(
        raw.port,
        ids.map((id) => `/contacts/${id}`),
        options,
      );
      const rawPrepared = await load(
        raw.port,
        ids.map((id) => `/prepared/${id}`),
        options,
      );
      await raw.stop();
      log('(a) point read: one layer at a time...');
      const layers = await serve('./layers-server.ts', {
        ...env,
        BENCH_USER_ID: big.userId,
        BENCH_API_KEY_ID: big.apiKeyId,
      });
      const layerResults: Record<string, LoadResult> = {};
      for (const layer of ['fastify-pg', 'uow', 'prisma', 'service']) {
        const paths = ids.map((id) => `/${layer}/${id}`);
        await load(layers.port, paths.slice(0, 50), { seconds: 2, connections: options.connections });
        layerResults[layer] = await load(layers.port, paths, options);
      }
      await layers.stop();
      log('(a) point read: full stack...');
      const apiPaths = ids.map((id) => `/api/v1/contacts/${id}`);
      await load(api.port, apiPaths.slice(0, 50), {
        seconds: 2,
        connections: options.connections,
        headers: auth,
      });
      const apiResult = await load(api.port, apiPaths, { ...options, headers: auth });
      report.results.pointRead = {
        raw: rawResult,
        rawPrepared,
        api: apiResult,
        ratio:
          Math.round((apiResult.requestsPerSecond / Math.max(1, rawResult.requestsPerSecond)) * 100) / 100,
        target: 0.6,
        layers: layerResults,
      };
    }
    if (options.parts.includes('latency')) {
      log('(b) list and search latency...');
      const listPaths = Array.from({ length: 200 }, (_, i) =>
        i % 4 === 0
          ? '/api/v1/contacts?limit=50'
          : i % 4 === 1
            ? '/api/v1/contacts?limit=50&sort=firstName'
            : i % 4 === 2
              ? `/api/v1/contacts?limit=50&ownerId=${big.userId}`
              : '/api/v1/contacts?limit=50&search=Петров',
      );
      report.results.list = { ...(await sequentialLatencies(api.port, listPaths, auth)), targetP95: 100 };
      const terms = [
        'Смирнов',
        'Ivanov',
        'Петро',
        'Smth',
        'user12345',
        'Генеральный',
        'Emily Taylor',
        'Кузнецова',
      ];
      const searchPaths = Array.from(
        { length: 200 },
        (_, i) => `/api/v1/search?q=${encodeURIComponent(terms[i % terms.length] ?? '')}`,
      );
      report.results.search = { ...(await sequentialLatencies(api.port, searchPaths, auth)), targetP95: 50 };
    }
    if (options.parts.includes('import')) {
      log(`(c) CSV import of ${options.contacts} contacts vs raw COPY...`);
      const [importer, copier] = [tenants[1], tenants[2]];
      if (!importer || !copier) throw new Error('the import benchmark needs three tenants');
      const copySeconds = await timeCopy(url, copier, options.contacts, 'copy');
      const files = importFiles(options.contacts, 'api');
      const { seconds: importSeconds, phases } = await timeImport(api.port, importer, files);
      const tenths = (seconds: number) => Math.round(seconds * 10) / 10;
      report.results.import = {
        rows: options.contacts,
        files: files.length,
        importSeconds: Math.round(importSeconds * 10) / 10,
        copySeconds: Math.round(copySeconds * 10) / 10,
        ratio: Math.round((copySeconds / importSeconds) * 100) / 100,
        phases: {
          uploadSeconds: tenths(phases.uploadSeconds),
          stagingSeconds: tenths(phases.stagingSeconds),
          writingSeconds: tenths(phases.writingSeconds),
        },
        target: 0.5,
        targetSeconds: 120,
      };
    }
    report.results.apiPeakRssMiB = api.peakRssMiB();
    await api.stop();
  }
}

await main();
