// A throwaway PostgreSQL server for one test run: initdb into a temp dir, listen on 127.0.0.1 on a
// free port with durability off (the data is deleted afterwards), stop and delete it at the end.
// Postgres refuses to run as root, so as root the server runs as the `postgres` OS user.
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const tools = ['initdb', 'pg_ctl', 'postgres'];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** A directory with initdb, pg_ctl and postgres: from PATH, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPostgresBin() {
  const fromPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((version) => /^\d+$/.test(version))
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  return [...fromPath, ...debian].find((dir) => tools.every((tool) => isExecutable(join(dir, tool))));
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const quote = (arg) => `'${arg.replaceAll("'", `'\\''`)}'`;
const onPath = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** Runs a Postgres tool, as the postgres OS user when we are root. */
function runTool(bin, tool, args) {
  const command = join(bin, tool);
  const asRoot = process.getuid?.() === 0;
  const [file, argv] = !asRoot
    ? [command, args]
    : onPath('runuser')
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : ['su', ['postgres', '-s', '/bin/sh', '-c', [command, ...args].map(quote).join(' ')]];
  // cwd: the postgres user may not be allowed into the checkout (a clone under /root, say).
  const result = spawnSync(file, argv, { encoding: 'utf8', cwd: tmpdir() });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
    throw new Error(`${tool} ${args.join(' ')} failed:\n${output}`);
  }
  return result.stdout;
}

function ownByPostgres(dir) {
  if (process.getuid?.() !== 0) return;
  const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  if (id.status !== 0)
    throw new Error('Running as root, but there is no `postgres` OS user to run PostgreSQL as.');
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  spawnSync('chown', ['-R', `${id.stdout.trim()}:${gid.stdout.trim()}`, dir]);
}

/**
 * C.UTF-8 like a Debian server: lower(), citext and ILIKE then fold Cyrillic too, which the plain
 * C locale does not. Falls back to C where the C.UTF-8 locale is missing.
 */
function initdb(bin, data) {
  const args = ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'];
  try {
    runTool(bin, 'initdb', [...args, '--locale=C.UTF-8']);
  } catch {
    console.warn('initdb: no C.UTF-8 locale here, using C (case folding of non-ASCII text differs)');
    rmSync(data, { recursive: true, force: true });
    runTool(bin, 'initdb', [...args, '--locale=C']);
  }
}

export async function startPostgres() {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'No PostgreSQL server binaries (initdb, pg_ctl, postgres) on PATH or in /usr/lib/postgresql/*/bin.\n' +
        'Install PostgreSQL 15 (Debian: apt-get install postgresql-15), or set TEST_DATABASE_URL to a server\n' +
        'whose user may create databases.',
    );
  }
  const base = mkdtempSync(join(tmpdir(), 'crm-test-pg-'));
  chmodSync(base, 0o700);
  ownByPostgres(base);
  const data = join(base, 'data');
  let running = false;
  const stop = () => {
    if (running) {
      running = false;
      try {
        runTool(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
      }
    }
    rmSync(base, { recursive: true, force: true });
  };
  try {
    initdb(bin, data);
    const version = runTool(bin, 'postgres', ['--version']).trim().replace(/^\D+/, '');
    // A free port can be taken between the probe and the start: try a few.
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      const options = [
        '-c listen_addresses=127.0.0.1',
        `-c port=${port}`,
        `-c unix_socket_directories=${base}`,
        '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
        '-c max_connections=200',
      ].join(' ');
      try {
        runTool(bin, 'pg_ctl', [
          '-D',
          data,
          '-l',
          join(base, 'server.log'),
          '-w',
          '-t',
          '60',
          '-o',
          options,
          'start',
        ]);
        running = true;
        return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, stop };
      } catch (error) {
        if (attempt >= 3) throw error;
      }
    }
  } catch (error) {
    stop();
    throw error;
  }
}
