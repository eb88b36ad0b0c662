import autocannon from 'autocannon';

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  non2xx: number;
}

/** A closed-loop load of GETs on `paths` (round robin) for `seconds` with `connections` clients. */
export async function load(
  port: number,
  paths: string[],
  options: { seconds: number; connections: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => {
          next = (next + 1) % paths.length;
          return { ...request, path: paths[next] ?? '/' };
        },
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p95: percentile95(result.latency),
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function percentile95(latency: autocannon.Histogram): number {
  // autocannon reports p90 and p97_5; interpolate between them for p95.
  return Math.round((latency.p90 + (latency.p97_5 - latency.p90) * (5 / 7.5)) * 100) / 100;
}

/** Sequential requests (one at a time): per-request latency percentiles in ms. */
export async function sequentialLatencies(
  port: number,
  paths: string[],
  headers: Record<string, string>,
): Promise<{ p50: number; p95: number; failures: number }> {
  const times: number[] = [];
  let failures = 0;
  for (const path of paths) {
    const start = performance.now();
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    await response.arrayBuffer();
    times.push(performance.now() - start);
    if (!response.ok) failures++;
  }
  times.sort((x, y) => x - y);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p95: at(0.95), failures };
}
