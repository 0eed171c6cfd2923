/**
 * Drives the *bundled* server (dist/server.js) as a separate process over stdio, the way Neovim,
 * Helix or VS Code would (GUIDE "Tests" 3). Catches bundling mistakes unit tests cannot see.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import {
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type { ClientCapabilities, Diagnostic, InitializeResult, ProtocolConnection, PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';

export const SERVER_PATH = path.join(__dirname, '..', '..', 'dist', 'server.js');

export interface StartOptions {
  readonly initializationOptions?: unknown;
  readonly capabilities?: ClientCapabilities;
  /** Answers `workspace/configuration` requests when set. */
  readonly configuration?: (section: string | undefined, scopeUri: string | undefined) => unknown;
}

export class LspClient {
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  stderr = '';

  private constructor(
    readonly process: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.predicate(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
  }

  static async start(options: StartOptions = {}): Promise<{ client: LspClient; initializeResult: InitializeResult }> {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    if (options.configuration) {
      const answer = options.configuration;
      connection.onRequest('workspace/configuration', (params: { items: { section?: string; scopeUri?: string }[] }) =>
        params.items.map((item) => answer(item.section, item.scopeUri)),
      );
    }
    connection.listen();
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, initializeResult };
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `predicate` (or already received ones when `includePast`). */
  diagnostics(uri: string, predicate: (d: Diagnostic[], version?: number) => boolean = () => true, timeoutMs = 10000): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri} within ${timeoutMs} ms; got ${JSON.stringify(this.published.filter((p) => p.uri === uri).map((p) => p.diagnostics.map((d) => d.code)))}`)), timeoutMs);
      this.waiters.push({
        predicate: (p) => p.uri === uri && predicate(p.diagnostics, p.version),
        resolve: (p) => {
          clearTimeout(timer);
          resolve(p);
        },
      });
    });
  }

  async open(uri: string, text: string, languageId = 'org-manifest', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** An incremental change: replaces `range` with `text`, as editors send keystrokes. */
  async edit(uri: string, version: number, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async changeConfiguration(settings: unknown): Promise<void> {
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings });
  }

  /** Clean shutdown; resolves with the exit code of the server process. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    if (this.process.exitCode === null) {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    }
    const code = await exited;
    this.connection.dispose();
    return code;
  }

  kill(): void {
    this.process.kill('SIGKILL');
    this.connection.dispose();
  }

  /** `textDocument/codeAction` for `diagnostics` (and `only` kinds); bare commands are not expected. */
  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const answer = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (answer ?? []).filter((item): item is CodeAction => 'title' in item && !('command' in item && typeof item.command === 'string'));
  }

  /** Answers the server's `workspace/applyEdit` requests with `apply` (the client must announce `workspace.applyEdit`). */
  onApplyEdit(apply: (edit: WorkspaceEdit) => boolean): void {
    this.connection.onRequest(ApplyWorkspaceEditRequest.type, (params) => ({ applied: apply(params.edit) }));
  }

  executeCommand(command: string, args: unknown[]): Promise<unknown> {
    return this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args });
  }

  /**
   * Like `start`, but runs `node <nodeArgs> --stdio`: another entry point of the same server, such as
   * the robustness tests' build with a check that throws (test/robustness/faultyServer.ts).
   * Settings come from `initializationOptions` only.
   */
  static async startWith(nodeArgs: readonly string[], options: StartOptions = {}): Promise<{ client: LspClient; initializeResult: InitializeResult }> {
    const child = spawn(process.execPath, [...nodeArgs, '--stdio'], { stdio: 'pipe', cwd: path.join(__dirname, '..', '..') });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspClient(child, connection);
    child.stderr.on('data', (chunk: Buffer) => (client.stderr += chunk.toString()));
    connection.listen();
    const initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? {},
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return { client, initializeResult };
  }

  /** Collects the server's `window/logMessage` notifications (its output channel) from now on. */
  collectLogMessages(): LogMessageParams[] {
    const messages: LogMessageParams[] = [];
    this.connection.onNotification(LogMessageNotification.type, (params) => void messages.push(params));
    return messages;
  }
}

// Requests for the hover and completion tests (issue #3).
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import type { CompletionContext, CompletionItem, CompletionList, Hover, Position } from 'vscode-languageserver-protocol/node';

export function requestHover(client: LspClient, uri: string, position: Position): Promise<Hover | null> {
  return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
}

/** The completion items at a position (a bare item array is accepted as the protocol allows). */
export async function requestCompletion(client: LspClient, uri: string, position: Position, context?: CompletionContext): Promise<CompletionList> {
  const answer = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context });
  if (answer === null) return { isIncomplete: false, items: [] };
  return Array.isArray(answer) ? { isIncomplete: false, items: answer as CompletionItem[] } : answer;
}

// Requests for the code action tests (issue #4).
import { ApplyWorkspaceEditRequest, CodeActionRequest, ExecuteCommandRequest } from 'vscode-languageserver-protocol/node';
import type { CodeAction, Range, WorkspaceEdit } from 'vscode-languageserver-protocol/node';

// Log messages for the robustness tests (issue #9).
import { LogMessageNotification } from 'vscode-languageserver-protocol/node';
import type { LogMessageParams } from 'vscode-languageserver-protocol/node';
