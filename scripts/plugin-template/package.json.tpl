{
  "name": "@crm/plugin-__plugin__",
  "version": "0.1.0",
  "private": true,
  "type": "module",
  "exports": {
    ".": "./src/index.ts",
    "./web": "./src/web/index.ts"
  },
  "scripts": {
    "generate": "crm-prisma-generate",
    "typecheck": "tsc -p tsconfig.json",
    "test": "vitest run"
  },
  "dependencies": {
    "@crm/core": "workspace:*",
    "@crm/ui": "workspace:*",
    "@mantine/core": "9.7.3",
    "@mantine/hooks": "9.7.3",
    "@prisma/client": "7.10.0",
    "react": "19.3.1",
    "zod": "^4.6.7"
  },
  "devDependencies": {
    "@crm/api": "workspace:*",
    "@prisma/adapter-pg": "7.10.0",
    "@types/pg": "^8.23.1",
    "@types/react": "19.3.0",
    "pg": "^8.23.1",
    "prisma": "7.10.0",
    "react-dom": "19.3.1"
  }
}
