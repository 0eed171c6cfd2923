// What the language server announces, asked of the very server the UI check drives (the installed
// extension's dist/server.js) over stdio: the UI check works a feature only once the server has it.
import { spawn } from 'node:child_process';
import {
  ExitNotification,
  InitializeRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { activeGroups, killGroup } from '../web/common.mjs';

/**
 * Starts `serverScript --stdio`, initializes it, and shuts it down again.
 * @param {string} serverScript
 * @param {number} timeoutMs
 * @returns {Promise<import('vscode-languageserver-protocol').ServerCapabilities>}
 */
export async function announcedCapabilities(serverScript, timeoutMs = 30_000) {
  const child = spawn(process.execPath, [serverScript, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], detached: true });
  activeGroups.add(child.pid);
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.listen();
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${serverScript} did not initialize within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const initialize = connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    const result = await Promise.race([initialize, deadline]);
    await Promise.race([connection.sendRequest(ShutdownRequest.type), deadline]);
    await connection.sendNotification(ExitNotification.type);
    return result.capabilities;
  } finally {
    clearTimeout(timer);
    connection.dispose();
    await killGroup(child.pid, 1000);
    activeGroups.delete(child.pid);
  }
}
