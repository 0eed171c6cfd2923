/**
 * Entry point of the bundled server (`dist/server.js`, bin `org-manifest-language-server`).
 * Only builds the connection; everything else is in ../server.ts.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { SERVER_NAME, startServer } from '../server';

declare const PACKAGE_VERSION: string | undefined;
const version = typeof PACKAGE_VERSION === 'string' ? PACKAGE_VERSION : '0.0.0-dev';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe', '--clientProcessId'];
const args = process.argv.slice(2);

if (args.includes('--version')) {
  console.log(version);
} else if (args.includes('--help') || !args.some((arg) => TRANSPORTS.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  const help = `${SERVER_NAME} ${version}
The org-manifest language server (Language Server Protocol).

Usage: ${SERVER_NAME} --stdio
       ${SERVER_NAME} --node-ipc | --socket=<port> | --pipe=<name>

Settings are read from initializationOptions ({ "orgManifest": { ... } }),
workspace/didChangeConfiguration or workspace/configuration (section "orgManifest").
`;
  (args.includes('--help') ? process.stdout : process.stderr).write(help);
  process.exitCode = args.includes('--help') ? 0 : 2;
} else {
  const connection = createConnection(ProposedFeatures.all);
  // The last net under the server: an error that escapes everything else is logged, and the server
  // keeps serving the other documents instead of dying (and being restarted into the same error).
  let reporting = false;
  const log = (error: unknown) => {
    if (reporting) return; // failing while reporting a failure (the client has gone?): do not loop
    reporting = true;
    try {
      connection.console.error(`Internal error (the server keeps running): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
      // Nowhere left to report to.
    } finally {
      reporting = false;
    }
  };
  process.on('uncaughtException', log);
  process.on('unhandledRejection', log);
  startServer(connection, version);
}
