/**
 * `orgManifest/serverInfo`: which process serves this client. The editor integration tests use it to
 * kill the server and see the client bring a fresh one up, and to check that the installed extension
 * runs its own bundled server; LSP has no standard request that tells a client its server's process.
 */
import type { ServerFeature } from './types';

export const SERVER_INFO_REQUEST = 'orgManifest/serverInfo';

export interface ServerInfo {
  /** The server's process id. */
  readonly pid: number;
  /** The script the server process runs (the bundled dist/server.js). */
  readonly entry: string;
}

export const serverInfoFeature: ServerFeature = {
  // A custom request needs no capability: clients that do not know it never send it.
  capabilities: () => ({}),
  register({ connection }) {
    connection.onRequest(SERVER_INFO_REQUEST, (): ServerInfo => ({ pid: process.pid, entry: process.argv[1] ?? '' }));
  },
};
