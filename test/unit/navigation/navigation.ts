/**
 * Shared set-up of the navigation tests: a checked document from a fixture with a `|` cursor, the
 * text under LSP ranges, and edits applied to the whole text (GUIDE: compare whole texts).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, WorkspaceEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../../server/src/service';
import type { CheckResult } from '../../../server/src/service';
import { readCursor } from '../helpers/cursor';

export const URI = 'file:///test.org.yaml';

export interface Checked {
  readonly text: string;
  readonly document: TextDocument;
  readonly result: CheckResult;
}

export function checked(text: string, uri = URI): Checked {
  const document = TextDocument.create(uri, 'org-manifest', 1, text);
  const service = getLanguageService({ now: () => new Date('2026-06-01T12:00:00Z') });
  return { text, document, result: service.check(document) };
}

/** A checked fixture and the position of its one cursor marker. */
export function checkedAt(marked: string, marker = '|'): Checked & { readonly position: ReturnType<TextDocument['positionAt']> } {
  const { text, offset } = readCursor(marked, marker);
  const base = checked(text);
  return { ...base, position: base.document.positionAt(offset) };
}

/** The text under each range, with its 0-based line: `12:payments`. */
export function placesOf(document: TextDocument, ranges: readonly Range[]): string[] {
  return ranges.map((range) => `${range.start.line}:${document.getText(range)}`);
}

/** The whole text after applying a workspace edit to the test document (which must be its only target). */
export function applyEdit(document: TextDocument, edit: WorkspaceEdit): string {
  assert.deepEqual(Object.keys(edit.changes ?? {}), [document.uri], 'the edit should change the test document only');
  return TextDocument.applyEdits(document, edit.changes![document.uri]!);
}

/**
 * A manifest where account `payments` is declared once and referenced from five places:
 * `managementAccount`, a `delegatedAdministrator`, an Identity Center assignment (flow mapping, single
 * quotes), an SCP target (double quotes) and a handshake. OU `Workloads/Prod` is referenced by `ou:`
 * and by SCP targets.
 */
export const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: payments
organizationalUnits:
  Security: {}
  Workloads:
    Prod: {}
    Dev: {}
accounts:
  payments:
    id: "111111111111"
  security:
    id: "222222222222"
    joined: created
    ou: Security
  web:
    id: "333333333333"
    joined: invited
    ou: Workloads/Prod
trustedAccess:
  sso.amazonaws.com:
    delegatedAdministrator: payments
identityCenter:
  permissionSets:
    ReadOnly: {}
  assignments:
    - { account: 'payments', permissionSet: ReadOnly, group: auditors }
policies:
  serviceControlPolicies:
    DenyLeave:
      targets: [Root, Workloads, "payments", Workloads/Prod]
handshakes:
  - type: INVITE
    account: payments
    state: OPEN
`;

/** MANIFEST with a `|` cursor inserted at the `occurrence`-th (0-based) match of `needle`, `into` characters in. */
export function markIn(needle: string, into = 1, occurrence = 0, text = MANIFEST): string {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `no match ${occurrence} of ${JSON.stringify(needle)}`);
  }
  return `${text.slice(0, at + into)}|${text.slice(at + into)}`;
}
