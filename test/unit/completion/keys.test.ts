import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { TextEdit } from 'vscode-languageserver-types';
import { applyItem, codesOf, completeAt, itemNamed, labels } from '../helpers/features';
import { HEAD } from './fixture';

describe('completion of keys', () => {
  it('offers the top-level keys in an empty file, required ones first', () => {
    const list = completeAt('|');
    assert.deepEqual(labels(list).slice(0, 3), ['apiVersion', 'organization', 'accounts']);
    assert.ok(labels(list).includes('trustedAccess'));
    assert.equal(itemNamed(list, 'accounts').kind, CompletionItemKind.Property);
  });

  it('offers the keys of an account on a new line at its indentation, never the ones already present', () => {
    const list = completeAt(`${HEAD}    |\n`);
    assert.deepEqual(labels(list).sort(), ['administrator', 'email', 'name', 'ou', 'serviceLinkedRoles']);
    const item = itemNamed(list, 'administrator');
    assert.equal(item.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal((item.textEdit as TextEdit).newText, 'administrator:\n      $0');
    assert.match(item.documentation && typeof item.documentation !== 'string' ? item.documentation.value : '', /answers handshakes/);
  });

  it('replaces the word being typed and leaves keys written below alone', () => {
    const list = completeAt(`${HEAD}    jo|\n    email: a@b.example\n`.replace('    joined: invited\n', ''));
    assert.ok(!labels(list).includes('email'));
    const item = itemNamed(list, 'joined');
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 17, character: 4 }, end: { line: 17, character: 6 } });
    assert.equal((item.textEdit as TextEdit).newText, 'joined: ${1|created,invited|}');
  });

  it('inserts only the name when editing a key that has a value', () => {
    const list = completeAt(`${HEAD.replace('  featureSet: ALL', '  feat|ureSet: ALL')}`);
    const item = itemNamed(list, 'featureSet');
    assert.equal((item.textEdit as TextEdit).newText, 'featureSet');
    assert.equal(item.insertTextFormat, undefined);
    assert.ok(!labels(list).includes('managementAccount'));
  });

  it('offers the keys of a list item, at the item and under its first key', () => {
    assert.deepEqual(labels(completeAt(`${HEAD}handshakes:\n  - |\n`)).sort(), ['account', 'state', 'type']);
    assert.deepEqual(labels(completeAt(`${HEAD}handshakes:\n  - type: INVITE\n    |\n`)).sort(), ['account', 'state']);
  });

  it('offers keys inside a flow mapping, without the ones it has', () => {
    const list = completeAt(`${HEAD}handshakes:\n  - { type: INVITE, | }\n`);
    assert.deepEqual(labels(list).sort(), ['account', 'state']);
    assert.equal((itemNamed(list, 'account').textEdit as TextEdit).newText, 'account: $0');
  });

  it('offers statement keys and condition operators and keys', () => {
    const policy = `${HEAD}    administrator:\n      policy:\n        Statement:\n          - Effect: Allow\n            `;
    assert.deepEqual(labels(completeAt(`${policy}|\n`)).sort(), ['Action', 'Condition', 'NotAction', 'NotResource', 'Resource', 'Sid']);
    assert.ok(labels(completeAt(`${policy}Condition:\n              |\n`)).includes('StringEquals'));
    assert.deepEqual(labels(completeAt(`${policy}Condition:\n              StringEquals:\n                |\n`)), ['iam:AWSServiceName', 'organizations:ServicePrincipal', 'aws:PrincipalArn']);
  });

  it('gives text that reads back as the key it offers', () => {
    const text = `${HEAD}    |\n`;
    const after = applyItem(text.replace('|', ''), itemNamed(completeAt(text), 'email'));
    assert.match(after, /\n {4}email: \n$/);
  });

  it('offers nothing in a comment or inside the indentation', () => {
    assert.deepEqual(labels(completeAt(`${HEAD}    # jo|\n`)), []);
    assert.deepEqual(labels(completeAt(`${HEAD.replace('    joined: invited', '  |  joined: invited')}`)), []);
  });

  it('keeps the manifest valid when the account snippet is accepted', () => {
    const text = `${HEAD}  |\n`;
    const list = completeAt(text);
    assert.deepEqual(labels(list), ['New account']);
    const after = applyItem(text.replace('|', ''), list.items[0]!);
    assert.match(after, /\n {2}account-key:\n {4}id: "123456789012"\n {4}joined: created\n$/);
    assert.deepEqual(codesOf(after), []);
  });
});
