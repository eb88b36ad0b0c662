// The workspace packages that have a test script, bottom layer first (core, plugins, apps, infra).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const layers = ['packages/', 'plugins/', 'apps/', 'infra'];

const layerOf = (root, dir) => {
  const index = layers.findIndex((prefix) => relative(root, dir).startsWith(prefix));
  return index === -1 ? layers.length : index;
};

export function workspacePackages(root) {
  const listed = JSON.parse(
    execFileSync('pnpm', ['ls', '-r', '--depth', '-1', '--json'], { cwd: root, encoding: 'utf8' }),
  );
  return listed
    .filter((pkg) => relative(root, pkg.path) !== '')
    .map((pkg) => {
      const manifest = JSON.parse(readFileSync(join(pkg.path, 'package.json'), 'utf8'));
      return { name: pkg.name, dir: pkg.path, testScript: manifest.scripts?.test };
    })
    .filter((pkg) => typeof pkg.testScript === 'string')
    .sort((a, b) => layerOf(root, a.dir) - layerOf(root, b.dir) || a.dir.localeCompare(b.dir));
}
