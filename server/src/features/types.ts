/**
 * A server feature: the capabilities it announces and the handlers it registers. Each LSP feature
 * lives in its own file under ./ and is listed in ./index.ts, so features are added without
 * touching each other or ../server.ts.
 */
import type { Connection, InitializeParams, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, Settings } from '../service';

export interface FeatureContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  /** Settings that apply to a document (pulled from the client when it supports that). */
  settingsFor(uri: string): Promise<Settings>;
  /** True when the server should handle the document (a manifest by language, name or first line). */
  isManifest(document: TextDocument): boolean;
  /** Asks for every open document to be checked again (after a settings change, say). */
  revalidateAll(): void;
  /** Registers what to do when `revalidateAll` is called. */
  onRevalidateAll(listener: () => void): void;
  /**
   * Handles `workspace/executeCommand` for one command. LSP allows one handler per connection, so
   * the server dispatches by name; the command must also be listed in the feature's `commands`.
   */
  onCommand(command: string, handler: (args: readonly unknown[]) => unknown): void;
}

export interface ServerFeature {
  capabilities(params: InitializeParams): ServerCapabilities;
  /** The `workspace/executeCommand` commands the feature handles (announced by the server). */
  readonly commands?: readonly string[];
  register(context: FeatureContext): void;
}
