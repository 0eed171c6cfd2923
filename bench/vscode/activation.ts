/**
 * Runs inside VS Code (the web runner's `--tests`, see bench/activation.mjs): opens a manifest in a
 * fresh window and records how long the extension took from starting its client to having its
 * server ready. Writes the figures to $ORG_MANIFEST_BENCH_OUT. A benchmark, not a test.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';

interface Api {
  readonly timings: { readonly activated: number; readonly clientStart?: number; readonly serverReady?: number };
}

export async function run(): Promise<void> {
  const out = process.env.ORG_MANIFEST_BENCH_OUT;
  if (!out) throw new Error('ORG_MANIFEST_BENCH_OUT is not set');
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder');
  const opened = performance.now();
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'acme.org.yaml')));
  const extension = vscode.extensions.getExtension<Api>('org-manifest.org-manifest');
  if (!extension) throw new Error('org-manifest is not installed');
  const deadline = Date.now() + 60_000;
  while (!(extension.isActive && extension.exports.timings.serverReady) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  const { activated, clientStart, serverReady } = extension.exports.timings;
  if (clientStart === undefined || serverReady === undefined) throw new Error('the language server did not become ready');
  // Once the window has settled: the same start, without the workbench loading beside it.
  await new Promise((r) => setTimeout(r, 3000));
  const restart = performance.now();
  await vscode.commands.executeCommand('orgManifest.restartServer');
  const restartMs = performance.now() - restart;
  writeFileSync(out, JSON.stringify({ openToReadyMs: serverReady - opened, activateToReadyMs: serverReady - activated, clientStartToReadyMs: serverReady - clientStart, idleRestartMs: restartMs }));
}
