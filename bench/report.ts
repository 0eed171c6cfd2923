/** BENCHMARKS.md: the figures, the machine, and each target of issue #8 with how it went. */
import * as os from 'node:os';
import type { ServerFigures } from './serverBench';
import type { ServiceFigures } from './serviceBench';
import { ms } from './stats';

export interface Row {
  readonly accounts: number;
  readonly lines: number;
  readonly megabytes: number;
  readonly service: ServiceFigures;
  readonly server: ServerFigures;
}

export interface Activation {
  readonly runs: number;
  /** Client start → server ready while the window itself is still starting (2 cores shared). */
  readonly firstStartMs: number;
  /** "Restart Language Server" (stop and start) in a window that has settled. */
  readonly idleRestartMs: number;
}

export interface Figures {
  readonly rows: readonly Row[];
  readonly runs: number;
  readonly edits: number;
  readonly vsixKb?: number;
  readonly activation?: Activation;
}

export function renderReport(figures: Figures): string {
  const { rows } = figures;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Manifests from \`bench/generateManifest.ts\` (deterministic: created and invited accounts, administrators in several styles, OUs, trusted services, Identity Center, SCPs, an upgrade in progress with handshakes).`,
    `In-process figures are medians of ${figures.runs} runs; server figures go through the bundled server over stdio, keystrokes are ${figures.edits} one-character edits inside one account, sent as incremental changes like an editor does.`,
    '',
    '| accounts | lines | MB | bare `yaml` parse | full check | ratio | hover | completion | open → diagnostics | keystroke → diagnostics (median / p95) | server RSS after open |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.accounts.toLocaleString('en-US')} | ${r.lines.toLocaleString('en-US')} | ${r.megabytes.toFixed(1)} | ${ms(r.service.parseMs)} | ${ms(r.service.checkMs)} | ${(r.service.checkMs / r.service.parseMs).toFixed(2)} | ${ms(r.service.hoverMs)} | ${ms(r.service.completionMs)} | ${ms(r.server.openMs)} | ${ms(r.server.keystrokeMedianMs)} / ${ms(r.server.keystrokeP95Ms)} | ${r.server.rssMb.toFixed(0)} MB |`,
    ),
    '',
    ...others(figures),
    '',
    '## Targets',
    '',
    '| target | result | |',
    '|---|---|---|',
    ...targets(figures).map((t) => `| ${t.target} | ${t.result} | ${t.met ? 'met' : '**missed**'} |`),
    '',
    ...targets(figures)
      .filter((t) => !t.met && t.why)
      .flatMap((t) => [`**${t.target} — missed.** ${t.why}`, '']),
  ].join('\n');
}

function others(figures: Figures): string[] {
  const lines: string[] = [];
  const largest = figures.rows.at(-1);
  if (largest?.server.settledRssMb !== undefined) {
    lines.push(`Server RSS with the ${largest.accounts.toLocaleString('en-US')}-account file open, once V8 has returned the parse's garbage (about 30 s idle): ${largest.server.settledRssMb.toFixed(0)} MB.`);
  }
  lines.push(`\`.vsix\` (minified bundles, as published): ${figures.vsixKb === undefined ? 'not built' : `${figures.vsixKb.toFixed(0)} KB`}.`);
  const a = figures.activation;
  lines.push(
    a
      ? `Activation in VS Code (code-server, medians of ${a.runs} fresh windows): client start → server ready ${ms(a.firstStartMs)} while the window is still loading; ${ms(a.idleRestartMs)} for a restart (stop and start) in a settled window.`
      : 'Activation in VS Code: not measured (code-server not installed).',
  );
  return lines;
}

interface Target {
  readonly target: string;
  readonly result: string;
  readonly met: boolean;
  readonly why?: string;
}

function targets({ rows, vsixKb, activation }: Figures): Target[] {
  const at = (n: number) => rows.find((r) => r.accounts === n);
  const list: Target[] = [];
  const worstRatio = Math.max(...rows.map((r) => r.service.checkMs / r.service.parseMs));
  list.push({ target: 'Full check ≤ 1.5 × bare parse, every size', result: `worst ${worstRatio.toFixed(2)} ×`, met: worstRatio <= 1.5 });
  const five = at(5000);
  const twenty = at(20000);
  if (five && twenty) {
    const growth = twenty.service.checkMs / five.service.checkMs;
    list.push({ target: 'Linear: 20,000 ≤ 4.5 × 5,000', result: `${growth.toFixed(2)} ×`, met: growth <= 4.5 });
  }
  if (five) {
    list.push({ target: 'Keystroke at 5,000: median ≤ 50 ms, p95 ≤ 100 ms', result: `${ms(five.server.keystrokeMedianMs)} / ${ms(five.server.keystrokeP95Ms)}`, met: five.server.keystrokeMedianMs <= 50 && five.server.keystrokeP95Ms <= 100 });
  }
  if (twenty) {
    list.push({ target: 'Keystroke at 20,000: median ≤ 100 ms', result: ms(twenty.server.keystrokeMedianMs), met: twenty.server.keystrokeMedianMs <= 100 });
    list.push({
      target: 'Open → first diagnostics at 20,000 ≤ 1.5 s',
      result: ms(twenty.server.openMs),
      met: twenty.server.openMs <= 1500,
      why: `The bare \`yaml\` parse of this file alone takes ${ms(twenty.service.parseMs)} on this machine, so no check built on it can answer an open in 1.5 s; the check adds ${ms(twenty.service.checkMs - twenty.service.parseMs)} to it, and reading the 4 MB didOpen message the rest. Closing it would need a faster parse than \`yaml\` gives (parsing the accounts in parallel on worker threads, or a hand-written parser for the manifest's subset of YAML); every later keystroke is incremental and well within its target.`,
    });
    list.push({ target: 'Hover ≤ 20 ms median at 20,000', result: ms(twenty.service.hoverMs), met: twenty.service.hoverMs <= 20 });
    list.push({ target: 'Completion ≤ 20 ms median at 20,000', result: ms(twenty.service.completionMs), met: twenty.service.completionMs <= 20 });
    list.push({
      target: 'Server RSS ≤ 300 MB with 20,000 accounts open',
      result: `${twenty.server.rssMb.toFixed(0)} MB after open${twenty.server.settledRssMb === undefined ? '' : `, ${twenty.server.settledRssMb.toFixed(0)} MB settled`}`,
      met: twenty.server.rssMb <= 300,
      why: `Right after the open, RSS still holds the garbage of parsing a 4 MB file (\`yaml\`'s concrete syntax tree and the composed document exist side by side); the live heap is about half of it. V8 gives those pages back when its memory reducer runs after some idle time${twenty.server.settledRssMb === undefined ? '' : ` (${twenty.server.settledRssMb.toFixed(0)} MB settled)`}. Closing the gap at the peak would need a parser that does not build the whole syntax tree before composing.`,
    });
  }
  if (vsixKb !== undefined) list.push({ target: '`.vsix` ≤ 2 MB', result: `${(vsixKb / 1024).toFixed(2)} MB`, met: vsixKb <= 2048 });
  if (activation) {
    list.push({
      target: 'Activation (client start → server ready) ≤ 300 ms',
      result: `${ms(activation.firstStartMs)} during window start-up; ${ms(activation.idleRestartMs)} in a settled window`,
      met: activation.firstStartMs <= 300,
      why: `In a settled window the server is ready in ${ms(activation.idleRestartMs)}. The first start happens while the workbench, the extension host and the browser are all starting on the same two cores; spawning Node and loading the 2 MB server bundle (most of it the IAM action catalog) then takes longer. Loading the catalog lazily, on the first action lookup, would take its parse off the start-up path.`,
    });
  }
  return list;
}
