#!/usr/bin/env node
// Stand-in for Prisma's schema engine, which `prisma generate` does not need (see generate.mjs).
process.exit(0);
