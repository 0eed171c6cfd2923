/**
 * `npm run bench`: prints a table and writes BENCHMARKS.md. Not a test — it asserts nothing; it
 * reports figures and how they compare with the targets of issue #8.
 *
 *   npm run bench                 # all sizes (100 … 20,000 accounts)
 *   BENCH_SIZES=100,1000 npm run bench
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateManifest } from './generateManifest';
import { measureServer } from './serverBench';
import type { ServerFigures } from './serverBench';
import { measureService } from './serviceBench';
import type { ServiceFigures } from './serviceBench';
import { ms } from './stats';

const SIZES = (process.env.BENCH_SIZES ?? '100,1000,5000,20000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = Number(process.env.BENCH_EDITS ?? 25);

interface Row {
  readonly accounts: number;
  readonly lines: number;
  readonly megabytes: number;
  readonly service: ServiceFigures;
  readonly server: ServerFigures;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  for (const accounts of SIZES) {
    const { text, accountKeys } = generateManifest(accounts);
    const middle = accountKeys[Math.floor(accountKeys.length / 2)] ?? 'management';
    process.stdout.write(`${accounts} accounts: in-process… `);
    const service = measureService(text, middle, RUNS);
    process.stdout.write('server… ');
    const server = await measureServer(text, middle, EDITS);
    console.log('done');
    rows.push({ accounts, lines: text.split('\n').length - 1, megabytes: text.length / 1e6, service, server });
  }
  const report = render(rows, extras());
  console.log(`\n${report}`);
  writeFileSync(path.join(__dirname, '..', 'BENCHMARKS.md'), report);
}

interface Extras {
  readonly vsixKb?: number;
}

function extras(): Extras {
  const vsix = path.join(__dirname, '..', 'org-manifest.vsix');
  return { vsixKb: existsSync(vsix) ? statSync(vsix).size / 1024 : undefined };
}

function render(rows: readonly Row[], extra: Extras): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    `Medians of ${RUNS} runs (in-process) and of ${EDITS} edits (server); manifests from \`bench/generateManifest.ts\` (deterministic).`,
    '',
    '| accounts | lines | MB | bare yaml parse | full check | ratio | hover | completion | open → diagnostics | keystroke → diagnostics (median / p95) | server RSS |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.accounts.toLocaleString('en-US')} | ${r.lines.toLocaleString('en-US')} | ${r.megabytes.toFixed(1)} | ${ms(r.service.parseMs)} | ${ms(r.service.checkMs)} | ${(r.service.checkMs / r.service.parseMs).toFixed(2)} | ${ms(r.service.hoverMs)} | ${ms(r.service.completionMs)} | ${ms(r.server.openMs)} | ${ms(r.server.keystrokeMedianMs)} / ${ms(r.server.keystrokeP95Ms)} | ${r.server.rssMb.toFixed(0)} MB |`,
    ),
    '',
    `\`.vsix\`: ${extra.vsixKb === undefined ? 'not built (run `npm run package`)' : `${extra.vsixKb.toFixed(0)} KB`}.`,
    '',
  ];
  return lines.join('\n');
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
