import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { SERVER_INFO_REQUEST } from '../../server/src/features/serverInfo';
import type { ServerInfo } from '../../server/src/features/serverInfo';
import { LspClient, SERVER_PATH } from './lspClient';

describe('orgManifest/serverInfo over stdio (bundled dist/server.js)', function () {
  this.timeout(30000);
  let client: LspClient | undefined;

  before(() => assert.ok(existsSync(SERVER_PATH), 'run `npm run build` first: dist/server.js is missing'));
  after(async () => {
    if (client && client.process.exitCode === null) await client.stop();
  });

  it("answers with the server process's id and the script it runs", async () => {
    client = (await LspClient.start()).client;
    const info = await client.connection.sendRequest<ServerInfo>(SERVER_INFO_REQUEST);
    assert.deepEqual(info, { pid: client.process.pid, entry: SERVER_PATH });
  });
});
