// Readable token snapshots: each source line (`> `), then its tokens as `"text" → scopes`.
// `UPDATE_SNAPSHOTS=1` rewrites them; otherwise a mismatch fails with the lines that differ.
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Token } from './tokenizer';

export const updating = process.env['UPDATE_SNAPSHOTS'] === '1';

const ROOT_SCOPE = 'source.org-manifest';

/** Whitespace carrying only the root scope says nothing, so it is left out; everything else is listed. */
export function renderSnapshot(title: string, lines: readonly string[], tokens: readonly Token[][]): string {
  const out = [`# ${title}`, `# Scopes exclude the root ${ROOT_SCOPE}; regenerate with UPDATE_SNAPSHOTS=1.`, ''];
  lines.forEach((line, i) => {
    out.push(line === '' ? '>' : `> ${line}`);
    for (const token of tokens[i] ?? []) {
      const scopes = token.scopes.filter((s) => s !== ROOT_SCOPE);
      if (scopes.length === 0 && token.text.trim() === '') continue;
      out.push(`    ${JSON.stringify(token.text)} → ${scopes.length > 0 ? scopes.join(' ') : '(no scope)'}`);
    }
  });
  return `${out.join('\n')}\n`;
}

/** Compares with (or, when updating, writes) the snapshot file. */
export function matchSnapshot(file: string, actual: string): void {
  if (updating) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const name = path.basename(file);
  if (!existsSync(file)) assert.fail(`snapshot ${name} does not exist; create it with UPDATE_SNAPSHOTS=1`);
  // A checkout may have turned LF into CRLF; the content is what counts.
  const expected = readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  if (actual !== expected) {
    assert.fail(`snapshot ${name} differs (- snapshot, + now); if the change is intended, run with UPDATE_SNAPSHOTS=1\n${diff(expected, actual)}`);
  }
}

const CONTEXT = 3;
const MAX_SHOWN = 60;

/** The differing middle of two texts, after their common first and last lines, with a little context. */
export function diff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - CONTEXT);
  const out = [`@@ line ${start + 1} @@`];
  out.push(...a.slice(from, start).map((l) => `  ${l}`));
  out.push(...clip(a.slice(start, endA).map((l) => `- ${l}`)));
  out.push(...clip(b.slice(start, endB).map((l) => `+ ${l}`)));
  out.push(...a.slice(endA, endA + CONTEXT).map((l) => `  ${l}`));
  return out.join('\n');
}

function clip(lines: string[]): string[] {
  return lines.length <= MAX_SHOWN ? lines : [...lines.slice(0, MAX_SHOWN), `  … ${lines.length - MAX_SHOWN} more`];
}
