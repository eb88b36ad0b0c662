/** Types of postgres-server.mjs, for the TypeScript callers (the benchmark). */
export function findPostgresBin(): string | undefined;
export function startPostgres(): Promise<{ url: string; version: string; stop(): void }>;
