import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time under a path (files and folders), 0 when it does not exist. */
function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestChange(join(path, entry)));
  }
  return newest;
}

/**
 * `pnpm start` on a fresh clone has no built web app: build it (Vite, a few seconds) when
 * `apps/web/dist/index.html` is missing or older than any source of the app or of `packages/ui`,
 * so that `pnpm install` + `pnpm start` always serves the current code. Returns the folder to serve.
 */
export function ensureWebBundle(root: string, log: (line: string) => void): string {
  const web = join(root, 'apps', 'web');
  const dist = join(web, 'dist');
  const built = newestChange(join(dist, 'index.html'));
  const sources = Math.max(
    newestChange(join(web, 'src')),
    newestChange(join(web, 'index.html')),
    newestChange(join(web, 'vite.config.ts')),
    newestChange(join(web, 'package.json')),
    newestChange(join(root, 'packages', 'ui', 'src')),
  );
  if (built > 0 && built >= sources) return dist;
  log(built === 0 ? 'Building the web app (first start)...' : 'Web app sources changed: rebuilding...');
  const result = spawnSync('pnpm', ['--filter', '@crm/web', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the web app failed (see the output above)');
  return dist;
}
