/**
 * Figures through the bundled server over stdio, as an editor sees them: open → first diagnostics,
 * keystroke → next diagnostics (a one-character edit inside one account), and the server's memory.
 */
import { readFileSync } from 'node:fs';
import { LspClient } from '../test/lsp/lspClient';
import { median, percentile } from './stats';

export interface ServerFigures {
  readonly openMs: number;
  readonly keystrokeMedianMs: number;
  readonly keystrokeP95Ms: number;
  readonly rssMb: number;
  /** RSS after the server has been idle long enough for V8 to give back memory (largest size only). */
  readonly settledRssMb?: number;
}

export async function measureServer(text: string, accountKey: string, edits: number, settle = false): Promise<ServerFigures> {
  const { client } = await LspClient.start();
  try {
    const uri = 'file:///bench/bench.org.yaml';
    let start = performance.now();
    const first = client.diagnostics(uri, () => true, 120000);
    await client.open(uri, text);
    await first;
    const openMs = performance.now() - start;
    const rssMb = residentSetMb(client.process.pid);

    // Type over one character of the account's email, as an editor sends it: a range and its new text.
    const at = text.indexOf('@', text.indexOf(`\n  ${accountKey}:\n`)) - 1;
    const line = text.slice(0, at).split('\n').length - 1;
    const character = at - (text.lastIndexOf('\n', at - 1) + 1);
    const range = { start: { line, character }, end: { line, character: character + 1 } };
    const durations: number[] = [];
    for (let version = 2; version < edits + 2; version++) {
      const next = client.diagnostics(uri, (_, v) => v === version, 60000);
      start = performance.now();
      await client.edit(uri, version, range, String.fromCharCode(97 + (version % 26)));
      await next;
      durations.push(performance.now() - start);
    }
    let settledRssMb: number | undefined;
    if (settle) {
      await new Promise((resolve) => setTimeout(resolve, 40_000));
      settledRssMb = residentSetMb(client.process.pid);
    }
    return { openMs, keystrokeMedianMs: median(durations), keystrokeP95Ms: percentile(durations, 95), rssMb, settledRssMb };
  } finally {
    await client.stop();
  }
}

function residentSetMb(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) / 1024 : Number.NaN;
}
