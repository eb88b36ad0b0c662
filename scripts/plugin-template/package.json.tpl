{
  "name": "@crm/plugin-__plugin__",
  "version": "0.1.0",
  "private": true,
  "type": "module",
  "exports": {
    ".": "./src/index.ts"
  },
  "scripts": {
    "generate": "crm-prisma-generate",
    "typecheck": "tsc -p tsconfig.json",
    "test": "vitest run"
  },
  "dependencies": {
    "@crm/core": "workspace:*",
    "@prisma/client": "7.10.0",
    "zod": "^4.6.7"
  },
  "devDependencies": {
    "@crm/api": "workspace:*",
    "@prisma/adapter-pg": "7.10.0",
    "@types/pg": "^8.23.1",
    "pg": "^8.23.1",
    "prisma": "7.10.0"
  }
}
