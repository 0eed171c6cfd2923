/**
 * When to validate: soon after a change, never with stale results. Each document has at most one
 * pending validation; a newer edit replaces it, and a result is published only if the document is
 * still at the version that was checked.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface SchedulerHost {
  getDocument(uri: string): TextDocument | undefined;
  validate(document: TextDocument): Promise<Diagnostic[]>;
  publish(uri: string, diagnostics: Diagnostic[], version: number): void;
}

/**
 * No fixed wait: changes that arrive together (a paste, a burst read from the connection in one go)
 * are coalesced because the timer only fires once the pending messages have been handled, and an
 * incremental check of one account is fast enough to run on every keystroke.
 */
export const DEFAULT_DELAY_MS = 0;

export class ValidationScheduler {
  private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();
  private disposed = false;

  constructor(private readonly host: SchedulerHost) {}

  schedule(uri: string, delay = DEFAULT_DELAY_MS): void {
    this.cancel(uri);
    if (this.disposed) return;
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        void this.run(uri);
      }, delay),
    );
  }

  cancel(uri: string): void {
    const timer = this.pending.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.pending.delete(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const uri of [...this.pending.keys()]) this.cancel(uri);
  }

  private async run(uri: string): Promise<void> {
    const document = this.host.getDocument(uri);
    if (!document) return;
    const version = document.version;
    const diagnostics = await this.host.validate(document);
    // Settings are fetched asynchronously: the document may have changed or closed meanwhile.
    const current = this.host.getDocument(uri);
    if (!current || current.version !== version || this.pending.has(uri) || this.disposed) return;
    this.host.publish(uri, diagnostics, version);
  }
}
