/**
 * The language server with one check that always throws, for the fault tests (issue #9): run with
 * `node --require tsx/cjs test/robustness/faultyServer.ts --stdio`. The same glue as the shipped
 * server (server/src/server.ts); only the test-only `extraChecks` seam is used.
 */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server';

export const FAILING_CODE = 'ORG205';
export const FAILURE_MESSAGE = 'injected failure for the robustness tests';

if (require.main === module) {
  startServer(createConnection(ProposedFeatures.all), '0.0.0-faulty', {
    extraChecks: [
      {
        code: FAILING_CODE,
        check() {
          throw new Error(FAILURE_MESSAGE);
        },
      },
    ],
  });
}
