// `pnpm create-plugin <id>`: scaffolds a plugin package from scripts/plugin-template (one entity with
// its migration, Prisma model, operations, router, permissions, seed, tests and a web module with one
// screen), registers it in the API's static registry (apps/api/src/plugins/installed-plugins.ts) and the
// web app's modules (apps/web/src/app/modules/index.ts), and runs `pnpm install`.
//
//   pnpm create-plugin insurance                 → plugins/insurance, registered, installed
//   pnpm create-plugin insurance --dir <path>    → somewhere else (the generator's own test)
//   --no-register    leave the API's registry alone      --no-install    skip `pnpm install`
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const templateDir = fileURLToPath(new URL('./plugin-template', import.meta.url));

/** First segments of the core's REST paths (and names the platform keeps): a plugin id must differ. */
export const reservedIds = [
  'accounts',
  'activities',
  'apikeys',
  'auth',
  'contacts',
  'core',
  'customfields',
  'deals',
  'exports',
  'health',
  'imports',
  'invitations',
  'members',
  'openapi',
  'ownership',
  'pipelines',
  'plugins',
  'reports',
  'roles',
  'search',
  'tags',
  'teams',
  'timeline',
  'trpc',
  'workflows',
];

export function checkPluginId(id) {
  if (!/^[a-z][a-z0-9]{1,31}$/.test(id ?? ''))
    return 'the id must be 2–32 lower-case letters or digits, starting with a letter (e.g. insurance)';
  if (reservedIds.includes(id)) return `"${id}" is taken by the platform; choose another id`;
  return null;
}

function* templateFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* templateFiles(path);
    else if (entry.name.endsWith('.tpl')) yield path;
  }
}

/** Writes the plugin package into `target`; returns the files written (relative to it). */
export function scaffoldPlugin(id, target) {
  const pascal = id[0].toUpperCase() + id.slice(1);
  const fill = (text) => text.replaceAll('__plugin__', id).replaceAll('__Plugin__', pascal);
  // Paths in the template assume plugins/<id>; elsewhere the base tsconfig is found relative to it.
  const baseConfig = (from) => relative(from, join(root, 'tsconfig.base.json')).replaceAll('\\', '/');
  const written = [];
  for (const file of templateFiles(templateDir)) {
    const out = join(target, fill(relative(templateDir, file)).replace(/\.tpl$/, ''));
    let text = fill(readFileSync(file, 'utf8'));
    if (out.endsWith('tsconfig.json'))
      text = text.replace(/"extends": "[^"]*"/, `"extends": "${baseConfig(dirname(out))}"`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    written.push(relative(target, out));
  }
  return written.sort();
}

/** Formats the scaffold with the repository's Prettier settings (names change line lengths). */
export function formatPlugin(target) {
  const prettier = join(root, 'node_modules/.bin/prettier');
  const result = spawnSync(prettier, ['--write', '--log-level', 'warn', target], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('prettier failed on the scaffold');
}

function addDependency(manifestPath, id) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies[`@crm/plugin-${id}`] = 'workspace:*';
  manifest.dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies).sort(([a], [b]) => a.localeCompare(b)),
  );
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The files registerPlugin edits, relative to the workspace. */
export const registryFiles = [
  'apps/api/src/plugins/installed-plugins.ts',
  'apps/api/package.json',
  'apps/web/src/app/modules/index.ts',
  'apps/web/package.json',
];

/**
 * Adds the plugin's web module to the app (`apps/web/src/app/modules/index.ts`): its import from
 * `@crm/plugin-<id>/web` and `installWebModule(<id>, trpc.plugins.<id>)` at the end of the list.
 */
export function registerWebModule(id, base = root) {
  const modulesPath = join(base, 'apps/web/src/app/modules/index.ts');
  let text = readFileSync(modulesPath, 'utf8');
  const imports = [...text.matchAll(/^import \w+ from '@crm\/plugin-[a-z0-9]+\/web';$/gm)];
  const last = imports.at(-1);
  const at = last ? (last.index ?? 0) + last[0].length : 0;
  text = `${text.slice(0, at)}${last ? '\n' : ''}import ${id} from '@crm/plugin-${id}/web';${last ? '' : '\n'}${text.slice(at)}`;
  const list = /createWebModuleRegistry\(\[([^\]]*)\]\)/;
  if (!list.test(text)) throw new Error(`no createWebModuleRegistry([...]) found in ${modulesPath}`);
  text = text.replace(list, (_, items) => {
    const entries = items.split(/,\s*(?=installWebModule)/).map((e) => e.trim().replace(/,$/, ''));
    const all = [...entries.filter(Boolean), `installWebModule(${id}, trpc.plugins.${id})`];
    return `createWebModuleRegistry([\n  ${all.join(',\n  ')},\n])`;
  });
  writeFileSync(modulesPath, text);
  addDependency(join(base, 'apps/web/package.json'), id);
}

/** Adds the plugin to the API's static registry and dependencies (of the workspace at `base`). */
export function registerPlugin(id, base = root) {
  const registry = join(base, 'apps/api/src/plugins/installed-plugins.ts');
  let text = readFileSync(registry, 'utf8');
  const imports = [...text.matchAll(/^import \w+ from '@crm\/plugin-[a-z0-9]+';$/gm)];
  const last = imports.at(-1);
  if (!last) throw new Error(`no plugin import found in ${registry}`);
  const at = (last.index ?? 0) + last[0].length;
  text = `${text.slice(0, at)}\nimport ${id} from '@crm/plugin-${id}';${text.slice(at)}`;
  text = text.replace(/export const installedPlugins = \[([^\]]*)\] as const;/, (_, list) => {
    return `export const installedPlugins = [${list.trim()}, ${id}] as const;`;
  });
  writeFileSync(registry, text);
  addDependency(join(base, 'apps/api/package.json'), id);
  registerWebModule(id, base);
}

function main(argv) {
  const args = argv.slice(2);
  const id = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--dir');
  const problem = checkPluginId(id);
  if (problem) {
    console.error(
      `create-plugin: ${problem}\nusage: pnpm create-plugin <id> [--dir <path>] [--no-register] [--no-install]`,
    );
    return 1;
  }
  const dirIndex = args.indexOf('--dir');
  const target = resolve(dirIndex >= 0 ? args[dirIndex + 1] : join(root, 'plugins', id));
  if (existsSync(target) && readdirSync(target).length > 0) {
    console.error(`create-plugin: ${target} exists and is not empty`);
    return 1;
  }
  const files = scaffoldPlugin(id, target);
  formatPlugin(target);
  console.log(`Created @crm/plugin-${id} in ${relative(process.cwd(), target) || '.'}:`);
  for (const file of files) console.log(`  ${file}`);
  if (!args.includes('--no-register')) {
    registerPlugin(id);
    const prettier = join(root, 'node_modules/.bin/prettier');
    spawnSync(prettier, ['--write', '--log-level', 'warn', ...registryFiles], {
      cwd: root,
      stdio: 'inherit',
    });
    console.log(`Registered in ${registryFiles.join(', ')}.`);
  }
  if (!args.includes('--no-install')) {
    const install = spawnSync('pnpm', ['install'], { cwd: root, stdio: 'inherit' });
    if (install.status !== 0) return install.status ?? 1;
  }
  console.log(`\nNext: pnpm --filter @crm/plugin-${id} test, then read docs/plugins.md.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv);
}
