import { Client, Connection } from '@temporalio/client';
import { AppError } from '../errors/index.js';

export interface TemporalClientOptions {
  address: string;
  namespace: string;
}

/** A client connection to the Temporal frontend, for starting, signalling and listing workflows. */
export interface TemporalClient {
  readonly client: Client;
  readonly connection: Connection;
  readonly namespace: string;
  /** Resolves when the frontend answers within `timeoutMs`; throws otherwise (used by /health). */
  checkHealth(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Connects lazily: `Connection.lazy` opens the channel on first use, so an API process starts even
 * while Temporal is still coming up, and /health reports it until it answers.
 */
export function createTemporalClient(options: TemporalClientOptions): TemporalClient {
  const connection = Connection.lazy({ address: options.address });
  const client = new Client({ connection, namespace: options.namespace });
  return {
    client,
    connection,
    namespace: options.namespace,
    async checkHealth(timeoutMs = 2000) {
      try {
        await connection.withDeadline(Date.now() + timeoutMs, () =>
          connection.workflowService.describeNamespace({ namespace: options.namespace }),
        );
      } catch (error) {
        throw new AppError('INTERNAL', `Temporal at ${options.address} does not answer`, undefined, {
          cause: error,
        });
      }
    },
    close: () => connection.close(),
  };
}
