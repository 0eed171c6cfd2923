/**
 * Settings from wherever the client offers them (SPEC §7): `initializationOptions`,
 * `workspace/didChangeConfiguration` (pushed), or `workspace/configuration` (pulled per document,
 * so folder and language-specific settings apply).
 */
import { DidChangeConfigurationNotification } from 'vscode-languageserver';
import type { Connection, InitializeParams } from 'vscode-languageserver';
import { DEFAULT_SETTINGS, parseSettings } from './service';
import type { Settings } from './service';

export const SETTINGS_SECTION = 'orgManifest';

export class SettingsStore {
  private global: Settings = DEFAULT_SETTINGS;
  private canPull = false;
  private canRegister = false;
  private readonly perDocument = new Map<string, Promise<Settings>>();

  constructor(private readonly connection: Connection) {}

  initialize(params: InitializeParams): void {
    this.global = parseSettings(sectionOf(params.initializationOptions));
    this.canPull = params.capabilities.workspace?.configuration === true;
    this.canRegister = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  }

  /** Asks the client to send configuration changes (so pulled settings can be refreshed). */
  registerForChanges(): void {
    if (this.canRegister) void this.connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }

  onDidChangeConfiguration(pushed: unknown): void {
    const section = sectionOf(pushed);
    if (section !== undefined) this.global = parseSettings(section);
    this.perDocument.clear();
  }

  forDocument(uri: string): Promise<Settings> {
    if (!this.canPull) return Promise.resolve(this.global);
    let settings = this.perDocument.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION })
        .then((raw: unknown) => (raw === null || raw === undefined ? this.global : parseSettings(raw)))
        .catch(() => this.global);
      this.perDocument.set(uri, settings);
    }
    return settings;
  }

  forget(uri: string): void {
    this.perDocument.delete(uri);
  }
}

/** Accepts both `{ orgManifest: {...} }` and the section itself. */
function sectionOf(raw: unknown): unknown {
  if (typeof raw === 'object' && raw !== null && SETTINGS_SECTION in raw) return (raw as Record<string, unknown>)[SETTINGS_SECTION];
  return raw ?? undefined;
}
