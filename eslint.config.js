// Type-checked lint for the whole workspace. The dependency direction of docs/architecture.md
// (apps → plugins → core, apps → core; core never imports apps or plugins; plugins import no other
// plugin and never apps) is enforced here with restricted imports per layer.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const crossPackageRelative = {
  // `plugins/*/**`: a plugin package's files; a `plugins/` folder of the same package (core's SDK,
  // the API's registry) is reached as `./plugins/<file>` and stays allowed.
  group: ['**/packages/**', '**/apps/**', '**/plugins/*/**', '**/infra/**'],
  message: 'Import other workspace packages by their package name (@crm/...), never by a relative path.',
};

const layerPatterns = (forbidden, message) => [
  crossPackageRelative,
  ...forbidden.map((group) => ({ group: [group], message, allowTypeImports: group === '@crm/api' })),
];

const layer = (files, forbidden, message) => ({
  files,
  rules: {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns: layerPatterns(forbidden, message) }],
  },
});

const pluginForbidden = [
  '@crm/api',
  '@crm/web',
  '@crm/infra',
  '@crm/plugin-*',
  '@crm/core/src/**',
  '@crm/core/generated/**',
];
const pluginMessage =
  'A plugin builds on the public entry points of @crm/core (and @crm/ui for its web half) only, and on the types of @crm/api (its PluginApiKit); another plugin only through a declared dependency.';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/coverage/**',
      'bench/results/**',
      '.data/**',
      '**/*.config.js',
      '**/*.config.ts',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs', 'scripts/*.mjs'] } },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything but the browser app and the UI kit is one TypeScript program (tsconfig.workspace.json,
    // which `pnpm typecheck` checks too): linting it per package would build the same program again for
    // every package, since each plugin's program reaches the API and, through it, every other plugin.
    files: [
      'packages/core/**/*.ts',
      'apps/api/**/*.ts',
      'infra/**/*.ts',
      'bench/**/*.ts',
      'plugins/**/*.ts',
      'plugins/**/*.tsx',
    ],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './tsconfig.workspace.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Test helpers declare the JSON shape they expect back (`call<Deal>(...)`); that generic is the
    // point of the helper, not an unchecked assertion in disguise.
    files: ['**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-parameters': 'off' },
  },
  layer(
    ['packages/core/**'],
    ['@crm/api', '@crm/web', '@crm/infra', '@crm/plugin-*', '@crm/ui'],
    'packages/core is the bottom layer: it never imports apps, infra or plugins (it receives the plugin registry as a value).',
  ),
  layer(
    ['packages/ui/**'],
    ['@crm/api', '@crm/web', '@crm/infra', '@crm/plugin-*'],
    'packages/ui may not import apps or plugins.',
  ),
  layer(['plugins/**'], pluginForbidden, pluginMessage),
  {
    // A plugin's web half (`@crm/plugin-<id>/web`) runs in the browser: besides the plugin rules, only
    // types from its server side, the core, Prisma or Node (its router type reaches it with `import type`).
    files: ['plugins/*/src/web/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(pluginForbidden, pluginMessage),
            {
              group: ['@crm/core', '@crm/core/**', '@prisma/**', 'node:*', '**/server/**', '**/generated/**'],
              allowTypeImports: true,
              message:
                "A plugin's web half may import only types from server code (it is bundled for the browser).",
            },
            {
              regex: '^(\\.\\./)+(index|db|config|authz)(\\.js)?$',
              allowTypeImports: true,
              message: "A plugin's web half may import only types from the plugin's server entry points.",
            },
          ],
        },
      ],
    },
  },
  layer(['apps/api/**'], ['@crm/web', '@crm/infra'], 'apps/api may not import the web app or the launcher.'),
  {
    files: ['apps/web/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layerPatterns(
              ['@crm/infra', '@crm/core', '@crm/api'],
              'apps/web talks to the server through tRPC types only (import type from @crm/api).',
            ),
            {
              // A plugin's web half only (`@crm/plugin-<id>/web`), never its server entry.
              regex: '^@crm/plugin-[^/]+(/(?!web$).*)?$',
              allowTypeImports: true,
              message: 'apps/web imports a plugin only through its web half: @crm/plugin-<id>/web.',
            },
          ],
        },
      ],
    },
  },
  {
    // The browser tests run in Node: they may start what the app needs around it (a mail catcher)
    // from the core's test kit, and reach the app itself only over HTTP like a user.
    files: ['apps/web/e2e/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^@crm/(infra|api)(/.*)?$|^@crm/core(?!/testing$)(/.*)?$',
              message: 'Browser tests use @crm/core/testing only; the app they reach over HTTP.',
            },
          ],
        },
      ],
    },
  },
  {
    // React event handlers are written as arrow shorthands (`onClick={() => setOpen(true)}`); their
    // void result is what React expects, so the shorthand is not confusing there.
    files: ['apps/web/**/*.tsx', 'packages/ui/**/*.tsx', 'plugins/*/src/web/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }] },
  },
  {
    files: ['apps/web/**/*.ts', 'packages/ui/**/*.ts', 'plugins/*/src/web/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
