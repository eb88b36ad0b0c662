import { isAbsolute, resolve } from 'node:path';

/** The launcher's own settings (the API's are read by loadConfig in @crm/api). */
export interface LauncherConfig {
  /** Where embedded data lives; relative paths are taken from where `pnpm start` was run. */
  dataDir: string;
  databaseUrl: string | undefined;
  seedDemo: boolean;
  demoPassword: string;
}

export function loadLauncherConfig(env: NodeJS.ProcessEnv = process.env): LauncherConfig {
  const base = env.INIT_CWD ?? process.cwd();
  const dataDir = env.DATA_DIR ?? './.data';
  return {
    dataDir: isAbsolute(dataDir) ? dataDir : resolve(base, dataDir),
    databaseUrl: env.DATABASE_URL || undefined,
    seedDemo: env.SEED_DEMO !== 'false',
    demoPassword: env.DEMO_PASSWORD ?? 'demo-crm-2026',
  };
}
