/**
 * Quick fixes as LSP code actions: the edge where offsets become positions. Each action edits the
 * document at the version it was computed for (`documentChanges`), so a client never applies a
 * fix to text that has changed since.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, CodeActionContext, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { DIAGNOSTIC_SOURCE } from '../diagnostics';
import type { Finding } from '../findings';
import { fixContext } from './context';
import { fixAllChanges, handshakeFixAll } from './fixAll';
import { disableFixes, intentFixes } from './fixesFor';
import type { Fix, FixContext, TextChange } from './types';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.org-manifest`;
export const FIX_ALL_TITLE = 'Add all missing handshake permissions and apply the other safe fixes';

/** How the facade checks documents (cached per uri); fix-all checks its passes through it too. */
export interface Checker {
  check(document: TextDocument): CheckResult;
  forget(uri: string): void;
}

export function codeActionsFor(document: TextDocument, context: CodeActionContext, checker: Checker): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(context.only, CodeActionKind.QuickFix, false)) {
    actions.push(...quickFixes(document, context, fixContext(document.getText(), checker.check(document))));
  }
  if (wants(context.only, FIX_ALL_KIND, true)) {
    const edits = fixAllEdits(document, checker);
    if (edits.length > 0) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: workspaceEdit(document, edits) });
  }
  return actions;
}

export function fixAllEdits(document: TextDocument, checker: Checker): TextEdit[] {
  // The passes are checked under a uri of their own, forgotten afterwards, so the document's cached
  // check stays the one of its real text.
  const scratch = `${document.uri}#org-manifest-fix-all`;
  const recheck = (text: string) => checker.check(TextDocument.create(scratch, document.languageId, 0, text));
  try {
    return toTextEdits(document, fixAllChanges(document.getText(), checker.check(document), recheck));
  } finally {
    checker.forget(scratch);
  }
}

/** `only` lists kinds and parent kinds (`source` covers `source.fixAll.org-manifest`). */
function wants(only: readonly string[] | undefined, kind: string, onlyWhenAsked: boolean): boolean {
  if (!only || only.length === 0) return !onlyWhenAsked;
  return only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/** The fixes of each diagnostic, then the file-wide permission fix, then the "Disable…" ones. */
function quickFixes(document: TextDocument, context: CodeActionContext, ctx: FixContext): CodeAction[] {
  const fixes: CodeAction[] = [];
  const disables: CodeAction[] = [];
  const permissionFindings: { diagnostic: Diagnostic; account: string }[] = [];
  for (const { diagnostic, finding } of currentFindings(document, context.diagnostics, ctx.check.findings)) {
    for (const fix of intentFixes(finding, ctx)) fixes.push(toAction(document, fix, [diagnostic]));
    for (const fix of disableFixes(finding, ctx)) disables.push(toAction(document, fix, [diagnostic]));
    if (finding.data?.kind === 'addPermissions') permissionFindings.push({ diagnostic, account: finding.data.account });
  }
  return [...fixes, ...handshakeAction(document, ctx, permissionFindings), ...disables];
}

/** The file-wide permission fix, on the diagnostics it fixes, when the file has more than one to fix. */
function handshakeAction(document: TextDocument, ctx: FixContext, found: readonly { diagnostic: Diagnostic; account: string }[]): CodeAction[] {
  const many = ctx.check.findings.filter((f) => f.data?.kind === 'addPermissions').length > 1;
  const all = many && found.length > 0 ? handshakeFixAll(ctx) : undefined;
  const covered = found.filter((f) => all?.accounts.has(f.account)).map((f) => f.diagnostic);
  return all && covered.length > 0 ? [toAction(document, all.fix, covered)] : [];
}

/**
 * The findings the client's diagnostics stand for, in the current check. A diagnostic that matches
 * none is stale (the text changed since it was published): it gets no fix.
 */
function currentFindings(document: TextDocument, diagnostics: readonly Diagnostic[], findings: readonly Finding[]): { diagnostic: Diagnostic; finding: Finding }[] {
  return diagnostics.flatMap((diagnostic) => {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    const finding = findings.find((f) => f.code === diagnostic.code && f.span.start === start && f.span.end === end && f.message === diagnostic.message);
    return finding ? [{ diagnostic, finding }] : [];
  });
}

function toAction(document: TextDocument, fix: Fix, diagnostics: Diagnostic[]): CodeAction {
  const action: CodeAction = {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: workspaceEdit(document, toTextEdits(document, fix.changes)),
  };
  if (fix.isPreferred) action.isPreferred = true;
  return action;
}

function toTextEdits(document: TextDocument, changes: readonly TextChange[]): TextEdit[] {
  return changes.map((c) => ({ range: { start: document.positionAt(c.start), end: document.positionAt(c.end) }, newText: c.newText }));
}

function workspaceEdit(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits }] };
}
