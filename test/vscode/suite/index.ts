// The suite's entry, loaded by VS Code's extension host (extensionTestsPath) under code-server or
// @vscode/test-electron alike. Bundled with mocha by test/vscode/build-suite.mjs into out/vscode-suite/:
// the test files beside it use mocha's globals (describe, it), never an import of mocha.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';
import { mapStackTraces } from './stack';

export async function run(): Promise<void> {
  const restoreConsole = tagConsoleOutput(process.env.ORG_MANIFEST_OUTPUT_TAG);
  // Frames relative to the repository root (this file is bundled to out/vscode-suite/index.js).
  const restoreStacks = mapStackTraces(path.resolve(__dirname, '../..'), __filename);
  try {
    await runMocha();
  } finally {
    restoreStacks();
    restoreConsole();
  }
}

async function runMocha(): Promise<void> {
  // One preformatted string per line: the extension host forwards console.log to the workbench, which
  // hands only string arguments on to codeAutomationLog (a bare console.log() would be dropped).
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    timeout: 20_000,
    ...(process.env.MOCHA_GREP ? { grep: process.env.MOCHA_GREP } : {}),
  });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  const failures = await new Promise<number>((resolve, reject) => {
    try {
      mocha.run(resolve);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
  if (failures > 0) {
    // The reporter has shown each failure; the workbench logs this rejection too, where a stack is noise.
    const summary = `${failures} test(s) failed`;
    throw Object.assign(new Error(summary), { stack: summary });
  }
}

/**
 * The web workbench hands the extension host's console output to codeAutomationLog mixed with its own log
 * lines; the web runner sets a tag so it can tell the two apart (and hide the workbench's info lines).
 */
function tagConsoleOutput(tag: string | undefined): () => void {
  if (!tag) return () => undefined;
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((method) => [method, Object.getOwnPropertyDescriptor(console, method)] as const);
  for (const [method] of saved) {
    const forward = console[method];
    // The extension host forwards console calls through accessors whose setter ignores assignment.
    Object.defineProperty(console, method, {
      configurable: true,
      writable: true,
      value: (...args: unknown[]) => forward.call(console, tag + format(...args)),
    });
  }
  return () => saved.forEach(([method, descriptor]) => descriptor && Object.defineProperty(console, method, descriptor));
}

function testFiles(dir: string): string[] {
  const files = fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
  if (files.length === 0) throw new Error(`no *.test.js files in ${dir}: run node test/vscode/build-suite.mjs`);
  return files;
}
