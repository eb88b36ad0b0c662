{
  "extends": "../../tsconfig.base.json",
  "include": ["src", "test", "prisma.config.ts", "vitest.config.ts"]
}
