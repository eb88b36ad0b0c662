import { defineConfig } from 'prisma/config';

// Only `prisma generate` is used: the plugin's migrations are SQL files applied by the core's migrator.
export default defineConfig({
  schema: 'prisma/schema.prisma',
});
