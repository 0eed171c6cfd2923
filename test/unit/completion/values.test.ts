import assert from 'node:assert/strict';
import { CompletionItemKind } from 'vscode-languageserver-types';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { applyItem, codesOf, completeAt, itemNamed, labels } from '../helpers/features';
import { HEAD } from './fixture';

describe('completion of values', () => {
  it('offers enum values after `key: `, documented like their hover', () => {
    const list = completeAt(HEAD.replace('  featureSet: ALL', '  featureSet: |'));
    assert.deepEqual(labels(list), ['ALL', 'CONSOLIDATED_BILLING']);
    const all = itemNamed(list, 'ALL');
    assert.equal(all.kind, CompletionItemKind.EnumMember);
    assert.match((all.documentation as MarkupContent).value, /one-way/);
  });

  it('adds the space when the cursor is right after the colon', () => {
    const text = HEAD.replace('  featureSet: ALL', '  featureSet:|');
    const item = itemNamed(completeAt(text), 'ALL');
    assert.equal((item.textEdit as TextEdit).newText, ' ALL');
    assert.equal(applyItem(text.replace('|', ''), item), HEAD);
  });

  it('replaces the whole value being edited', () => {
    const text = HEAD.replace('    joined: invited', '    joined: inv|ted');
    const item = itemNamed(completeAt(text), 'invited');
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 17, character: 12 }, end: { line: 17, character: 18 } });
    assert.equal(applyItem(text.replace('|', ''), item), HEAD);
  });

  it('offers true and false, and handshake types and states in a flow mapping', () => {
    assert.deepEqual(labels(completeAt(`${HEAD}trustedAccess:\n  sso.amazonaws.com:\n    enabled: |\n`)), ['true', 'false']);
    assert.ok(labels(completeAt(`${HEAD}handshakes:\n  - { type: APP| }\n`)).includes('APPROVE_ALL_FEATURES'));
    const states = completeAt(`${HEAD}handshakes:\n  - { type: INVITE, account: payments, state: | }\n`);
    assert.match((itemNamed(states, 'OPEN').documentation as MarkupContent).value, /handshake state/);
  });

  it('quotes a value that YAML would read as something else', () => {
    const text = `${HEAD}    administrator:\n      policy:\n        Version: |\n        Statement: []\n`;
    const item = itemNamed(completeAt(text), '2012-10-17');
    assert.equal((item.textEdit as TextEdit).newText, '"2012-10-17"');
    assert.ok(!codesOf(applyItem(text.replace('|', ''), item)).includes('ORG002'));
  });

  it('replaces a quoted value with its quotes, filtering on the text as typed', () => {
    const text = HEAD.replace('  featureSet: ALL', '  featureSet: "AL|"');
    const item = itemNamed(completeAt(text), 'ALL');
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 2, character: 14 }, end: { line: 2, character: 18 } });
    assert.equal(item.filterText, '"ALL');
    assert.equal(applyItem(text.replace('|', ''), item), HEAD);
  });

  it('works the same in a file with CRLF line ends', () => {
    const text = HEAD.replace('    joined: invited', '    joined: inv|').replace(/\n/g, '\r\n');
    const item = itemNamed(completeAt(text), 'invited');
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 17, character: 12 }, end: { line: 17, character: 15 } });
    assert.equal(applyItem(text.replace('|', ''), item), HEAD.replace(/\n/g, '\r\n'));
  });

  it('offers nothing for free text', () => {
    assert.deepEqual(labels(completeAt(HEAD.replace('    joined: invited', '    joined: invited\n    name: |'))), []);
  });
});
