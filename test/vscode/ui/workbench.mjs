// Working VS Code's web workbench as a person does — keyboard shortcuts, the mouse, what is on screen —
// with Playwright. Selectors are the workbench's own CSS classes (VS Code 1.100, code-server 4.100.3).
/* global document */

/** The editor's hover, once shown (a hidden one for the glyph margin is always in the page). */
export const HOVER = '.monaco-hover:not(.hidden)';

/** Opens a file by name through Quick Open (Ctrl+P), and waits until its text is on screen. */
export async function quickOpen(page, fileName, textInFile) {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .view-lines', { hasText: textInFile }).waitFor();
}

/** Go to Line (Ctrl+G): the cursor lands on `line`:`column` (1-based) and the line is revealed. */
export async function goTo(page, line, column) {
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor();
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.monaco-editor .line-numbers.active-line-number', { hasText: new RegExp(`^${line}$`) }).waitFor();
}

/** Opens the Problems panel (Ctrl+Shift+M) and, once it lists problems, types `filter` into its filter box. */
export async function showProblems(page, filter) {
  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel .monaco-list-row').first().waitFor();
  const input = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
  await input.waitFor();
  await input.fill(filter);
  // The count of matches appears once the filter has been applied (after a delay of its own).
  await page.locator('.part.panel').getByText(/^Showing \d+ of \d+$/).waitFor();
}

/** The Problems panel's entry whose text contains every string of `texts`. */
export function problem(page, ...texts) {
  let rows = page.locator('.markers-panel .monaco-list-row');
  for (const text of texts) rows = rows.filter({ hasText: text });
  return rows.first();
}

/** The squiggle of the given severity on the line the cursor is on. */
export async function squiggleOnCursorLine(page, severity = 'error') {
  const cursorLine = await page.locator('.monaco-editor .line-numbers.active-line-number').first().boundingBox();
  const squiggles = page.locator(`.monaco-editor .squiggly-${severity}`);
  await squiggles.first().waitFor();
  for (const squiggle of await squiggles.all()) {
    const box = await squiggle.boundingBox();
    if (box && cursorLine && Math.abs(box.y - cursorLine.y) < cursorLine.height / 2) return box;
  }
  throw new Error(`no ${severity} squiggle on the cursor's line`);
}

/**
 * Where `text` is drawn on the cursor's line: measured on the rendered text itself, whatever tokens
 * the grammar split it into.
 */
export async function textOnCursorLine(page, text) {
  const cursorLine = await page.locator('.monaco-editor .line-numbers.active-line-number').first().boundingBox();
  const line = page.locator('.monaco-editor .view-line').filter({ hasText: text });
  for (const candidate of await line.all()) {
    const box = await candidate.evaluate(measureText, text);
    if (box && cursorLine && Math.abs(box.y - cursorLine.y) < cursorLine.height / 2) return box;
  }
  throw new Error(`${JSON.stringify(text)} is not on the cursor's line`);
}

/** Runs in the page: the bounding box of the first occurrence of `text` in `element`. */
function measureText(element, text) {
  const content = element.textContent ?? '';
  const start = content.indexOf(text);
  if (start < 0) return undefined;
  const range = document.createRange();
  let offset = 0;
  const walker = document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent.length;
    if (offset <= start && start < offset + length) range.setStart(node, start - offset);
    if (offset < start + text.length && start + text.length <= offset + length) range.setEnd(node, start + text.length - offset);
    offset += length;
  }
  const { x, y, width, height } = range.getBoundingClientRect();
  return { x, y, width, height };
}

/** Moves the mouse onto `box` as a hand would (a few steps in), which is what makes the editor hover. */
export async function hoverOver(page, box) {
  await page.mouse.move(box.x + box.width / 2 - 30, box.y - 20);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
}

/** Moves the mouse out of the editor, so that its hover goes away. */
export async function moveMouseAway(page) {
  await page.mouse.move(5, 5);
  await page.locator(HOVER).waitFor({ state: 'hidden' });
}

/** Opens the code actions menu (Ctrl+.) at the cursor; resolves with the focused entry. */
export async function openCodeActions(page) {
  await page.keyboard.press('Control+Period');
  const focused = page.locator('.action-widget .monaco-list-row.action.focused');
  await focused.waitFor();
  return focused;
}

/** Waits until the breadcrumbs above the editor name `symbol`. */
export async function breadcrumbsShow(page, symbol) {
  await page.locator('.breadcrumbs-control .monaco-breadcrumb-item', { hasText: symbol }).first().waitFor();
}
