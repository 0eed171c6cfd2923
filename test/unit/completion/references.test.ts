import assert from 'node:assert/strict';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { completeAt, itemNamed, labels } from '../helpers/features';
import { HEAD } from './fixture';

describe('completion of account keys, OU paths and other references', () => {
  it('offers member accounts as delegated administrator, documented like their hover', () => {
    const list = completeAt(`${HEAD}trustedAccess:\n  sso.amazonaws.com:\n    delegatedAdministrator: |\n`);
    assert.deepEqual(labels(list), ['security', 'payments']);
    assert.match((itemNamed(list, 'payments').documentation as MarkupContent).value, /\*\*Account `payments`\*\* · member account/);
    assert.equal(itemNamed(list, 'payments').detail, 'invited · 333333333333');
  });

  it('offers every account as managementAccount and as a handshake account', () => {
    assert.deepEqual(labels(completeAt(HEAD.replace('managementAccount: management', 'managementAccount: |'))), ['management', 'security', 'payments']);
    assert.ok(labels(completeAt(`${HEAD}handshakes:\n  - { type: INVITE, account: | }\n`)).includes('management'));
  });

  it('offers OU paths for ou, and Root, OUs and member accounts as SCP targets', () => {
    assert.deepEqual(labels(completeAt(`${HEAD}    ou: |\n`)), ['Security', 'Workloads', 'Workloads/Prod']);
    const targets = completeAt(`${HEAD}policies:\n  serviceControlPolicies:\n    DenyAll:\n      targets: [Root, |]\n`);
    assert.deepEqual(labels(targets), ['Root', 'Security', 'Workloads', 'Workloads/Prod', 'security', 'payments']);
  });

  it('offers the permission sets of identityCenter in assignments', () => {
    const text = `${HEAD}identityCenter:\n  permissionSets:\n    ReadOnly: {}\n  assignments:\n    - { account: payments, permissionSet: | }\n`;
    assert.deepEqual(labels(completeAt(text)), ['ReadOnly']);
  });

  it('filters thousands of accounts by what is typed, and says when the list is cut short', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `  acct-${i}:\n    id: "${String(100000000000 + i)}"\n    joined: created\n`).join('');
    const text = `${HEAD}${many}trustedAccess:\n  sso.amazonaws.com:\n    delegatedAdministrator: |\n`;
    const all = completeAt(text);
    assert.equal(all.isIncomplete, true);
    assert.equal(all.items.length, 500);
    // Filtered as clients filter: the typed characters in order.
    const typed = completeAt(text.replace('delegatedAdministrator: |', 'delegatedAdministrator: acct-2999|'));
    assert.equal(typed.isIncomplete, false);
    assert.deepEqual(labels(typed), ['acct-2999']);
    assert.deepEqual((typed.items[0]!.textEdit as TextEdit).range.start.character, 28);
  });
});
