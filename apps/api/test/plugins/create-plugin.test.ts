import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPluginRegistry, type AnyPlugin } from '@crm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPluginId, registerPlugin, registryFiles } from '../../../../scripts/create-plugin.mjs';
import { installedPlugins } from '../../src/plugins/installed-plugins.js';
import { restClient } from '../support/rest-call.js';
import { createTestApp, createTestTenant, type TestApp } from '../support/test-app.js';

// The generator's promise: `pnpm create-plugin <id>` makes a package that builds, passes its own tests
// and shows up in the app. Generated into a temporary folder inside the workspace (so that its relative
// paths are those of plugins/<id>), with the dependencies of an existing plugin linked in.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const id = 'scaffoldtest';
const target = join(root, 'plugins', `.create-plugin-test-${process.pid}`);
const donor = join(root, 'plugins/logistics/node_modules');
const deps = [
  '@crm/core',
  '@crm/api',
  '@prisma/client',
  '@prisma/adapter-pg',
  '@types/pg',
  'pg',
  'prisma',
  'zod',
  // the web module's
  '@crm/ui',
  '@mantine/core',
  '@mantine/hooks',
  'react',
  'react-dom',
  '@types/react',
];

const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function run(command: string, args: string[], cwd = target): { status: number | null; output: string } {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(donor, '.bin')}:${process.env.PATH ?? ''}` },
  });
  // Colour codes stripped (vitest colours its summary when it thinks it may).
  const output = `${result.stdout}${result.stderr}`.replace(ansiColour, '');
  return { status: result.status, output };
}

beforeAll(() => {
  const created = run(
    process.execPath,
    [join(root, 'scripts/create-plugin.mjs'), id, '--dir', target, '--no-register', '--no-install'],
    root,
  );
  expect(created.status, created.output).toBe(0);
  for (const dep of deps) {
    const link = join(target, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(donor, dep)), link);
  }
}, 120_000);
afterAll(() => {
  rmSync(target, { recursive: true, force: true });
});

describe('pnpm create-plugin', () => {
  it('refuses ids that are malformed or taken by the platform', () => {
    expect(checkPluginId('Insurance')).toMatch(/lower-case/);
    expect(checkPluginId('x')).toMatch(/2–32/);
    expect(checkPluginId('accounts')).toMatch(/taken/);
    expect(checkPluginId('insurance')).toBeNull();
  });

  it('scaffolds a package that is formatted, generates its client, type-checks and passes its own tests', () => {
    const prettier = run(join(root, 'node_modules/.bin/prettier'), ['--check', '.']);
    expect(prettier.status, prettier.output).toBe(0);
    const generate = run(process.execPath, [join(root, 'packages/core/scripts/generate.mjs')]);
    expect(generate.status, generate.output).toBe(0);
    const typecheck = run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json']);
    expect(typecheck.status, typecheck.output).toBe(0);
    const tests = run(join(root, 'node_modules/.bin/vitest'), ['run']);
    expect(tests.status, tests.output).toBe(0);
    expect(tests.output).toMatch(/Tests\s+3 passed/);
  }, 240_000);

  it('has a web module that builds for the browser: its screen a lazy chunk, no server code', () => {
    const out = mkdtempSync(join(tmpdir(), 'create-plugin-web-'));
    try {
      // The module as the app's bundler sees it; shared packages (React, Mantine, @crm/ui) stay outside.
      const config = join(out, 'vite.config.mjs');
      const settings = {
        root: target,
        logLevel: 'warn',
        build: {
          outDir: join(out, 'dist'),
          minify: false,
          lib: { entry: join(target, 'src/web/index.ts'), formats: ['es'], fileName: 'module' },
        },
      };
      writeFileSync(
        config,
        `const settings = ${JSON.stringify(settings)};\n` +
          'settings.build.rollupOptions = { external: (id) => !id.startsWith(".") && !id.startsWith("/") };\n' +
          'export default settings;\n',
      );
      const build = run(join(root, 'apps/web/node_modules/.bin/vite'), ['build', '--config', config]);
      expect(build.status, build.output).toBe(0);
      const files = readdirSync(join(out, 'dist'));
      const entry = readFileSync(join(out, 'dist/module.js'), 'utf8');
      const screen = files.find((file) => file.startsWith('items.screen'));
      expect(screen, files.join(', ')).toBeDefined();
      expect(entry).toContain(`id: "${id}"`);
      expect(entry).toMatch(/import\(["']\.\/items\.screen/);
      const all = files.map((file) => readFileSync(join(out, 'dist', file), 'utf8')).join('\n');
      expect(all).not.toMatch(/prisma|from "node:|@crm\/core|@crm\/api/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  describe('once registered', () => {
    let h: TestApp;
    beforeAll(async () => {
      const module: unknown = await import(join(target, 'src/index.ts'));
      const plugin = (module as { default: AnyPlugin }).default;
      h = await createTestApp({ plugins: createPluginRegistry([...installedPlugins, plugin]) });
    }, 120_000);
    afterAll(async () => h.close());

    it('is listed by GET /api/v1/plugins, can be enabled, serves its API and answers 404 when disabled', async () => {
      const { call } = restClient(() => h);
      const tenant = await createTestTenant(h, 'Scaffold');
      const token = tenant.users.admin.token;
      const listed = await call<{ items: { id: string; enabled: boolean }[] }>(token, 'GET', '/plugins');
      expect(listed.body.items.map((p) => p.id)).toContain(id);
      expect((await call(token, 'GET', `/${id}/items`)).status).toBe(404);
      expect(
        (await call(token, 'POST', `/plugins/${id}/enable`, { config: { starterItems: ['Welcome'] } }))
          .status,
      ).toBe(200);
      const items = await call<{ items: { name: string }[] }>(token, 'GET', `/${id}/items`);
      expect(items.body.items.map((i) => i.name)).toEqual(['Welcome']);
      expect((await call(token, 'POST', `/${id}/items`, { name: 'Second' })).status).toBe(201);
      expect((await call(tenant.users.viewer.token, 'POST', `/${id}/items`, { name: 'Third' })).status).toBe(
        403,
      );
      expect((await call(token, 'POST', `/plugins/${id}/disable`, {})).status).toBe(200);
      expect((await call(token, 'GET', `/${id}/items`)).status).toBe(404);
    });
  });

  it('registers the plugin in the API registry and dependencies', () => {
    const copy = mkdtempSync(join(tmpdir(), 'create-plugin-'));
    try {
      for (const file of registryFiles) {
        mkdirSync(dirname(join(copy, file)), { recursive: true });
        cpSync(join(root, file), join(copy, file));
      }
      registerPlugin('insurance', copy);
      const registry = readFileSync(join(copy, 'apps/api/src/plugins/installed-plugins.ts'), 'utf8');
      expect(registry).toContain("import insurance from '@crm/plugin-insurance';");
      expect(registry).toMatch(/export const installedPlugins = \[[^\]]*, insurance\] as const;/);
      const manifest = JSON.parse(readFileSync(join(copy, 'apps/api/package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(manifest.dependencies['@crm/plugin-insurance']).toBe('workspace:*');
      // ...and in the web app: its web module installed, after the others, with its part of the tRPC proxy.
      const modules = readFileSync(join(copy, 'apps/web/src/app/modules/index.ts'), 'utf8');
      expect(modules).toContain("import insurance from '@crm/plugin-insurance/web';");
      expect(modules).toMatch(
        /createWebModuleRegistry\(\[[^\]]*installWebModule\(logistics, trpc\.plugins\.logistics\),\s*(?:installWebModule\(\w+, trpc\.plugins\.\w+\),\s*)*installWebModule\(insurance, trpc\.plugins\.insurance\),?\s*\]\)/,
      );
      const web = JSON.parse(readFileSync(join(copy, 'apps/web/package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(web.dependencies['@crm/plugin-insurance']).toBe('workspace:*');
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
