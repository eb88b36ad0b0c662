import type { LoadResult } from './load.js';
import type { BenchOptions } from './options.js';
import { renderWorkflowRows, type WorkflowBenchResult } from './workflows/workflow-bench.js';
import { renderWebRows, type WebBenchResult } from './web/web-bench.js';

export interface BenchReport {
  startedAt: string;
  options: BenchOptions;
  results: {
    datasetLoadSeconds?: number;
    pointRead?: {
      raw: LoadResult;
      /** The raw baseline with its read prepared (named), as the API prepares it: for comparison only. */
      rawPrepared?: LoadResult;
      api: LoadResult;
      ratio: number;
      target: number;
      layers?: Record<string, LoadResult>;
    };
    list?: { p50: number; p95: number; failures: number; targetP95: number };
    search?: { p50: number; p95: number; failures: number; targetP95: number };
    import?: {
      rows: number;
      files: number;
      importSeconds: number;
      copySeconds: number;
      ratio: number;
      /** Where the import's time went (absent in results from before it was measured). */
      phases?: { uploadSeconds: number; stagingSeconds: number; writingSeconds: number };
      target: number;
      targetSeconds: number;
    };
    apiPeakRssMiB?: number | null;
    workflows?: WorkflowBenchResult;
    web?: WebBenchResult;
  };
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

export function renderMarkdown(report: BenchReport): string {
  const r = report.results;
  const rows: string[] = [
    `# Benchmark ${report.startedAt}`,
    '',
    `${report.options.contacts.toLocaleString('en')} contacts in one tenant among ${report.options.tenants} tenants; ${report.options.connections} connections, ${report.options.seconds} s per load.`,
    '',
    '| measure | result | target | |',
    '| --- | --- | --- | --- |',
  ];
  if (r.pointRead) {
    const { raw, api, ratio, target } = r.pointRead;
    rows.push(
      `| GET /api/v1/contacts/{id} vs raw node:http + pg | ${api.requestsPerSecond} / ${raw.requestsPerSecond} req/s = **${ratio}** | ≥ ${target} | ${verdict(ratio >= target)} |`,
    );
    rows.push(
      `| full stack latency p50 / p95 / p99 | ${api.p50} / ${api.p95} / ${api.p99} ms (errors ${api.errors}, non-2xx ${api.non2xx}) | | |`,
    );
    rows.push(`| raw latency p50 / p95 / p99 | ${raw.p50} / ${raw.p95} / ${raw.p99} ms | | |`);
    const prepared = r.pointRead.rawPrepared;
    if (prepared) {
      const share = Math.round((api.requestsPerSecond / Math.max(1, prepared.requestsPerSecond)) * 100) / 100;
      rows.push(
        `| full stack vs raw with its read prepared too | ${api.requestsPerSecond} / ${prepared.requestsPerSecond} req/s = ${share} | | |`,
      );
    }
    for (const [layer, result] of Object.entries(r.pointRead.layers ?? {})) {
      const share = Math.round((result.requestsPerSecond / Math.max(1, raw.requestsPerSecond)) * 100) / 100;
      rows.push(
        `| layer \`${layer}\` vs raw | ${result.requestsPerSecond} req/s = ${share}, p50 ${result.p50} ms | | |`,
      );
    }
  }
  if (r.list)
    rows.push(
      `| list p50 / p95 | ${r.list.p50} / **${r.list.p95}** ms (failures ${r.list.failures}) | p95 ≤ ${r.list.targetP95} ms | ${verdict(r.list.p95 <= r.list.targetP95 && r.list.failures === 0)} |`,
    );
  if (r.search)
    rows.push(
      `| search p50 / p95 | ${r.search.p50} / **${r.search.p95}** ms (failures ${r.search.failures}) | p95 ≤ ${r.search.targetP95} ms | ${verdict(r.search.p95 <= r.search.targetP95 && r.search.failures === 0)} |`,
    );
  if (r.import) {
    const i = r.import;
    rows.push(
      `| CSV import of ${i.rows.toLocaleString('en')} contacts (${i.files} upload(s) of at most 50 MB) vs raw COPY into the same indexed table | ${i.importSeconds} s vs ${i.copySeconds} s = **${i.ratio}** | ≥ ${i.target}, < ${i.targetSeconds} s | ${verdict(i.ratio >= i.target && i.importSeconds < i.targetSeconds)} |`,
    );
    if (i.phases)
      rows.push(
        `| import phases: upload / before the first record is written (reading, staging, deduplicating) / writing | ${i.phases.uploadSeconds} / ${i.phases.stagingSeconds} / ${i.phases.writingSeconds} s | | |`,
      );
  }
  if (r.apiPeakRssMiB !== undefined)
    rows.push(`| API process peak RSS | ${r.apiPeakRssMiB ?? 'n/a'} MiB | | |`);
  if (r.workflows) rows.push(...renderWorkflowRows(r.workflows));
  if (r.web) rows.push(...renderWebRows(r.web));
  if (r.datasetLoadSeconds !== undefined)
    rows.push(`| data set load (COPY) | ${r.datasetLoadSeconds} s | | |`);
  return `${rows.join('\n')}\n`;
}
