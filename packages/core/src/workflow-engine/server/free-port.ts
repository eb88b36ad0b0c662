import { createServer } from 'node:net';

/** Resolves to `preferred` when it can be bound on `host`, else to a free port the OS picks. */
export async function freePort(host: string, preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolve) => {
      const server = createServer();
      server.once('error', () => {
        resolve(undefined);
      });
      server.listen(port, host, () => {
        const address = server.address();
        const bound = typeof address === 'object' && address ? address.port : undefined;
        server.close(() => {
          resolve(bound);
        });
      });
    });
  if (preferred !== undefined) {
    const port = await tryPort(preferred);
    if (port !== undefined) return port;
  }
  const port = await tryPort(0);
  if (port === undefined) throw new Error(`No free port on ${host}`);
  return port;
}
