/// <reference lib="dom" />
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { loadContacts } from '../dataset.js';

export interface WebBenchResult {
  contacts: number;
  /** Largest contentful paint of the contact list, warm cache, ms (each run and the median). */
  lcpRuns: number[];
  lcpMedian: number;
  lcpTarget: number;
  /** Longest interaction (Event Timing, by interaction id) while typing a filter and sorting, ms. */
  inpFiltering: number;
  /** Longest interaction while scrolling the list with the keyboard (PageDown), ms. */
  inpScrolling: number;
  /** Frame intervals while wheel-scrolling through the list, ms. */
  scrollFrameP95: number;
  scrollLongFrames: number;
  rowsLoadedAfterScroll: number;
  inpTarget: number;
  /** JavaScript of the first page load (entry + module preloads), gzip-compressed bytes. */
  initialJsGzipBytes: number;
  initialJsTargetBytes: number;
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
    server.on('error', reject);
  });
}

/** The entry script and module preloads that index.html loads before any route chunk. */
function initialJsGzipBytes(): number {
  const dist = `${root}apps/web/dist`;
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? '');
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(`${dist}${file}`)).length, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0;

// Collects LCP and Event Timing entries from the start of every document.
const observers = `
  window.__bench = { lcp: 0, interactions: {} };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.interactionId) continue;
      const seen = window.__bench.interactions[entry.interactionId] ?? 0;
      window.__bench.interactions[entry.interactionId] = Math.max(seen, entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
`;

/**
 * With BENCH_WEB_PROFILE=<dir>, a V8 CPU profile of the page (Chrome DevTools Protocol) over a phase,
 * written as <dir>/web-<phase>.cpuprofile (open it in Chrome's DevTools, Performance panel).
 */
async function startProfile(page: Page): Promise<{ stop(phase: string): Promise<void> }> {
  const dir = process.env.BENCH_WEB_PROFILE;
  if (!dir) return { stop: () => Promise.resolve() };
  mkdirSync(dir, { recursive: true });
  const browser = page.context().browser();
  await browser?.startTracing(page, { path: `${dir}/web-trace.json` });
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return {
    async stop(phase) {
      const { profile } = await session.send('Profiler.stop');
      writeFileSync(`${dir}/web-${phase}.cpuprofile`, JSON.stringify(profile));
      await session.detach();
      await browser?.stopTracing();
    },
  };
}

async function maxInteraction(page: Page): Promise<number> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: { interactions: Record<string, number> } }).__bench;
    const values = Object.values(bench.interactions);
    bench.interactions = {};
    return values.length > 0 ? Math.max(...values) : 0;
  });
}

/**
 * The contact list with `contacts` contacts in a real browser (Debian's Chromium) against the real
 * launcher (API + built web app) on a fresh database: LCP, interaction latency while filtering and
 * scrolling, frame intervals while scrolling, and the initial JavaScript size.
 */
export async function runWebBenchmark(
  databaseUrl: string,
  contacts: number,
  log: (line: string) => void,
): Promise<WebBenchResult> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn('pnpm', ['--filter', '@crm/infra', 'start'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: origin,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      if (server.exitCode !== null) throw new Error('the launcher exited');
      if (Date.now() > deadline) throw new Error('the launcher did not start in time');
      const ok = await fetch(`${origin}/health`).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const context = await browser.newContext({ baseURL: origin, viewport: { width: 1366, height: 860 } });
    const signup = await context.request.post('/api/v1/auth/signup', {
      headers: { origin },
      data: {
        workspaceName: 'Web bench',
        name: 'Bench User',
        email: 'web-bench@bench.test',
        password: 'a long bench passphrase 1',
      },
    });
    if (!signup.ok()) throw new Error(`sign-up failed: ${signup.status()} ${await signup.text()}`);
    const body = (await signup.json()) as { tenant: { id: string }; user: { id: string } };
    log(`web: loading ${contacts} contacts...`);
    await loadContacts(
      databaseUrl,
      { tenantId: body.tenant.id, userId: body.user.id, apiToken: '', apiKeyId: '' },
      contacts,
      7,
    );

    await context.addInitScript(observers);
    const page = await context.newPage();
    await page.goto('/contacts');
    await page.getByTestId('list-row').first().waitFor();
    log('web: LCP of the contact list (5 warm loads)...');
    const lcpRuns: number[] = [];
    for (let run = 0; run < 5; run++) {
      await page.goto('/contacts');
      await page.getByTestId('list-row').first().waitFor();
      await page.waitForTimeout(500);
      lcpRuns.push(
        Math.round(
          await page.evaluate(() => (window as unknown as { __bench: { lcp: number } }).__bench.lcp),
        ),
      );
    }

    log('web: interactions while filtering and sorting...');
    await maxInteraction(page);
    const search = page.getByTestId('list-search');
    await search.click();
    await search.pressSequentially('Иван', { delay: 120 });
    await page.waitForTimeout(800);
    await search.fill('');
    await search.pressSequentially('user123', { delay: 120 });
    await page.waitForTimeout(800);
    await search.fill('');
    await page.waitForTimeout(800);
    const inpFiltering = Math.round(await maxInteraction(page));

    log('web: scrolling...');
    const profiler = await startProfile(page);
    const list = page.getByTestId('record-list');
    const box = await list.boundingBox();
    if (!box) throw new Error('the list is not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // A string, not a function: the bundler's name helpers do not exist in the page.
    await page.evaluate(`
      window.__frames = [];
      let last = performance.now();
      const tick = (now) => {
        window.__frames.push(now - last);
        last = now;
        if (window.__frames.length < 100000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    `);
    for (let step = 0; step < 150; step++) {
      await page.mouse.wheel(0, 1200);
      await page.waitForTimeout(16);
    }
    await page.waitForTimeout(1000);
    const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
    await list.focus();
    await maxInteraction(page);
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(50);
    }
    const inpScrolling = Math.round(await maxInteraction(page));
    await profiler.stop('scrolling');
    const rowsLoadedAfterScroll = await page.evaluate(() => {
      const text = document.querySelector('[aria-live="polite"]')?.textContent ?? '';
      return Number(text.replace(/\D/g, '')) || 0;
    });
    return {
      contacts,
      lcpRuns,
      lcpMedian: median(lcpRuns),
      lcpTarget: 1500,
      inpFiltering,
      inpScrolling,
      scrollFrameP95: Math.round(percentile(frames, 0.95) * 10) / 10,
      scrollLongFrames: frames.filter((frame) => frame > 50).length,
      rowsLoadedAfterScroll,
      inpTarget: 200,
      initialJsGzipBytes: initialJsGzipBytes(),
      initialJsTargetBytes: 300 * 1024,
    };
  } finally {
    await browser.close();
    if (server.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already stopped
      }
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}

const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');

export function renderWebRows(web: WebBenchResult): string[] {
  const kb = (bytes: number) => `${Math.round(bytes / 102.4) / 10} KB`;
  return [
    `| web: contact list LCP (${web.contacts.toLocaleString('en')} contacts), median of ${web.lcpRuns.length} | **${web.lcpMedian} ms** (${web.lcpRuns.join(', ')}) | ≤ ${web.lcpTarget} ms | ${verdict(web.lcpMedian <= web.lcpTarget)} |`,
    `| web: longest interaction while filtering (INP) | **${web.inpFiltering} ms** | ≤ ${web.inpTarget} ms | ${verdict(web.inpFiltering <= web.inpTarget)} |`,
    `| web: longest interaction while scrolling (PageDown) | **${web.inpScrolling} ms** | ≤ ${web.inpTarget} ms | ${verdict(web.inpScrolling <= web.inpTarget)} |`,
    `| web: wheel scrolling frame interval p95 / frames > 50 ms | ${web.scrollFrameP95} ms / ${web.scrollLongFrames} (${web.rowsLoadedAfterScroll} rows loaded) | | |`,
    `| web: initial JavaScript, gzip | **${kb(web.initialJsGzipBytes)}** | ≤ ${kb(web.initialJsTargetBytes)} | ${verdict(web.initialJsGzipBytes <= web.initialJsTargetBytes)} |`,
  ];
}
