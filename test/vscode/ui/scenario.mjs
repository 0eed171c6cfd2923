// The user's first five minutes, in the workbench: open the example manifest, see a finding (squiggle,
// hover, Problems entry), hover a service principal, fix the finding with Ctrl+. and Enter, save, and
// read the fixed file back. The steps take the screenshots the README shows; the runner saves them once
// every step has passed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log } from '../web/common.mjs';
import { screenshot } from './screenshots.mjs';
import { HOVER, breadcrumbsShow, goTo, hoverOver, moveMouseAway, openCodeActions, problem, quickOpen, showProblems, squiggleOnCursorLine, textOnCursorLine } from './workbench.mjs';

export const MANIFEST = 'acme.org.yaml';
/** The finding the scenario works on: an invited account whose administrator cannot accept the handshake. */
const ACCOUNT = 'payments';
const PERMISSION = 'organizations:AcceptHandshake';

/**
 * @param {import('playwright-core').Page} page the workbench, open on a folder holding a copy of the example
 * @param {{ workspace: string, capabilities: object }} options
 * @returns {Promise<{ shots: { name: string, image: Buffer }[], skipped: string[] }>} the screenshots taken, and
 *   the steps skipped because the server does not announce their feature yet
 */
export async function firstFiveMinutes(page, { workspace, capabilities }) {
  const shots = [];
  const shoot = async (name) => shots.push({ name, image: await screenshot(page) });
  const context = { page, workspace, capabilities, shoot };
  const skipped = [];
  await step('open the example manifest', () => quickOpen(page, MANIFEST, 'apiVersion'));
  const where = await step('see the finding: Problems entry, squiggle, hover', () => seeTheFinding(context));
  if (capabilities.hoverProvider) await step('hover a service principal', () => hoverPrincipal(context));
  else skipped.push('hover a service principal (the server announces no hoverProvider)');
  if (capabilities.codeActionProvider) await step('quick fix: Ctrl+. then Enter', () => quickFix(context, where));
  else skipped.push('quick fix with Ctrl+. (the server announces no codeActionProvider)');
  return { shots, skipped };
}

async function step(name, action) {
  const begun = Date.now();
  const result = await action();
  log('ui', `${name}: ok (${Date.now() - begun} ms)`);
  return result;
}

/** Finds the ORG201 entry in the Problems panel, follows it to the squiggle, and hovers that. */
async function seeTheFinding({ page, capabilities, shoot }) {
  await showProblems(page, ACCOUNT);
  const entry = problem(page, 'ORG201', `Account \`${ACCOUNT}\``);
  await entry.waitFor();
  const [, line, column] = /\[Ln (\d+), Col (\d+)\]/.exec(await entry.innerText()) ?? [];
  assert.ok(line && column, 'the Problems entry shows no position');
  await entry.click();
  await cursorIn(page, capabilities, ACCOUNT);
  await hoverOver(page, await squiggleOnCursorLine(page, 'error'));
  const hover = page.locator(HOVER, { hasText: 'ORG201' });
  await hover.waitFor();
  assert.match(await hover.innerText(), new RegExp(`Add \`${PERMISSION}\``));
  await shoot('diagnostics.png');
  await moveMouseAway(page);
  return { line: Number(line), column: Number(column) };
}

async function hoverPrincipal({ page, workspace, capabilities, shoot }) {
  const { line, column } = positionOf(readManifest(workspace), /^ {2}sso\.amazonaws\.com:/);
  await goTo(page, line, column);
  await cursorIn(page, capabilities, 'sso.amazonaws.com');
  await hoverOver(page, await textOnCursorLine(page, 'sso.amazonaws.com'));
  const hover = page.locator(HOVER, { hasText: 'AWSServiceRoleForSSO' });
  await hover.waitFor();
  assert.match(await hover.innerText(), /IAM Identity Center/);
  await shoot('hover.png');
  await moveMouseAway(page);
}

/** Ctrl+. on the finding, Enter on the fix the menu offers first; then save and read the file back. */
async function quickFix({ page, workspace, capabilities, shoot }, { line, column }) {
  const before = readManifest(workspace);
  await goTo(page, line, column);
  await cursorIn(page, capabilities, ACCOUNT);
  const focused = await openCodeActions(page);
  assert.match(await focused.innerText(), new RegExp(PERMISSION), 'the first fix offered is not the one for ORG201');
  await shoot('quick-fix.png');
  await page.keyboard.press('Enter');
  await problem(page, 'ORG201', `Account \`${ACCOUNT}\``).waitFor({ state: 'detached' });
  // VS Code saves the files a code action edits (files.refactoring.autoSave); Ctrl+S is what a person
  // presses anyway. Either way the file on disk changes a moment later.
  await page.keyboard.press('Control+S');
  const after = await changedManifest(workspace, before);
  assert.deepEqual(comments(after), comments(before), 'the fix changed a comment');
  assert.equal(after.split(PERMISSION).length, before.split(PERMISSION).length + 1, `the fix did not add ${PERMISSION} once:\n${changedLines(before, after)}`);
  const block = accountBlock(after, ACCOUNT);
  assert.ok(block.includes(PERMISSION), `${PERMISSION} was not added to ${ACCOUNT}:\n${block}`);
}

/**
 * With an outline, the breadcrumbs above the editor follow the cursor a moment after it moves: wait
 * for them to name `symbol`, so that the screenshot shows them where the cursor is.
 */
async function cursorIn(page, capabilities, symbol) {
  if (capabilities.documentSymbolProvider) await breadcrumbsShow(page, symbol);
}

/** The manifest on disk once it differs from `before` (polled: the save completes after the keystroke). */
async function changedManifest(workspace, before, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (let text = readManifest(workspace); ; text = readManifest(workspace)) {
    if (text !== before) return text;
    if (Date.now() > deadline) throw new Error(`${MANIFEST} was not saved with the fix within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readManifest(workspace) {
  return fs.readFileSync(path.join(workspace, MANIFEST), 'utf8');
}

/** The 1-based line and column of the first line matching `pattern`, at its first non-blank. */
function positionOf(text, pattern) {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => pattern.test(line));
  assert.ok(index >= 0, `no line matching ${pattern} in ${MANIFEST}`);
  return { line: index + 1, column: lines[index].search(/\S/) + 1 };
}

/** The lines of account `key` under `accounts:` (its key line and everything indented below it). */
function accountBlock(text, key) {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line === `  ${key}:`);
  assert.ok(start >= 0, `no account ${key}`);
  const end = lines.findIndex((line, index) => index > start && /^ {0,2}\S/.test(line) && !/^\s*#/.test(line));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** Every comment of a YAML text, in order. */
function comments(text) {
  return [...text.matchAll(/(?:^|\s)(#.*)$/gm)].map((match) => match[1]);
}

/** The lines of `after` that are not in `before`, for a failure message. */
function changedLines(before, after) {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line)).join('\n');
}
