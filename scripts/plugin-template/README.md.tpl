# @crm/plugin-__plugin__

The __plugin__ plugin, scaffolded by `pnpm create-plugin __plugin__`. It starts with one entity, the
`__Plugin__Item` (a name and a status), to show every part of a plugin working end to end; replace it
with your vertical's entities. The plugin author's guide is `docs/plugins.md` at the repository root.

| where | what |
| --- | --- |
| `src/index.ts` | the manifest (`definePlugin`): id, settings, tables, API, permissions, seed |
| `migrations/*.sql` | the plugin's tables (applied after the core's; `crm_make_tenant_table` on each) |
| `prisma/schema.prisma` | the same tables as Prisma models (the drift test compares) |
| `src/server/` | one operation per file, and the router (`/api/v1/__plugin__/...`) |
| `src/web/` | the screens (`@crm/plugin-__plugin__/web`): module, typed API, texts, one screen per file |
| `test/` | schema drift and tenancy rules; operations on a real database |

Commands: `pnpm --filter @crm/plugin-__plugin__ generate` (Prisma client), `... typecheck`, `... test`.
