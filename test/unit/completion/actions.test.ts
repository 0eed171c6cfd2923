import assert from 'node:assert/strict';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { actionsOf } from '../../../server/src/data/iamActions';
import { applyItem, codesOf, completeAt, itemNamed, labels } from '../helpers/features';
import { HEAD } from './fixture';

const permissions = (typed: string) => `${HEAD}    administrator:\n      permissions:\n        - ${typed}\n`;

describe('completion of IAM actions from the whole catalog', () => {
  it('offers the service prefixes first, each re-asking for its actions, then the actions the checks use', () => {
    const list = completeAt(permissions('|'));
    const names = labels(list);
    assert.ok(names.length > 400, `${names.length} items`);
    const prefix = itemNamed(list, 'organizations');
    assert.equal(prefix.detail, 'AWS Organizations');
    assert.equal((prefix.textEdit as TextEdit).newText, 'organizations:');
    assert.equal(prefix.command?.command, 'editor.action.triggerSuggest');
    assert.ok(names.indexOf('zocalo') < names.indexOf('organizations:AcceptHandshake'), 'prefixes come before actions');
    assert.equal(list.isIncomplete, false);
  });

  it("after `prefix:` offers that prefix's actions in canonical case, with the access level and description", () => {
    const list = completeAt(permissions('Organizations:|'));
    const access = itemNamed(list, 'organizations:EnableAWSServiceAccess');
    assert.equal(access.detail, 'Write · AWS Organizations');
    assert.match((access.documentation as MarkupContent).value, /Why it matters here/);
    const leave = itemNamed(list, 'organizations:LeaveOrganization');
    assert.match((leave.documentation as MarkupContent).value, /^Grants permission to remove a member account/);
    assert.equal(labels(list).filter((l) => !l.includes('*')).length, actionsOf('organizations').length);
    assert.ok(labels(list).every((l) => l.startsWith('organizations:')));
  });

  it('puts the wildcard forms first: prefix:* and the read-only groups, quoted as YAML needs', () => {
    const list = completeAt(permissions('iam:|'));
    assert.deepEqual(labels(list).slice(0, 3), ['iam:*', 'iam:Get*', 'iam:List*']);
    assert.equal((itemNamed(list, 'iam:*').textEdit as TextEdit).newText, '"iam:*"');
    const text = permissions('iam:|');
    assert.deepEqual(codesOf(applyItem(text.replace('|', ''), itemNamed(list, 'iam:List*'))), []);
  });

  it('filters a big prefix by what is typed and says the list is incomplete', () => {
    const list = completeAt(permissions('ec2:DescribeReg|'));
    assert.ok(labels(list).includes('ec2:DescribeRegions'));
    assert.ok(!labels(list).includes('ec2:RunInstances'));
    assert.equal(list.isIncomplete, true);
    const all = completeAt(permissions('ec2:|'));
    assert.ok(all.items.length <= 510, `${all.items.length} items for ec2`);
    assert.equal(all.isIncomplete, true);
  });

  it('replaces what was typed, in any case, and the result is clean', () => {
    const text = permissions('ORGANIZATIONS:accepthand|');
    const item = itemNamed(completeAt(text), 'organizations:AcceptHandshake');
    assert.deepEqual(codesOf(applyItem(text.replace('|', ''), item)), []);
    assert.ok(applyItem(text.replace('|', ''), item).includes('        - organizations:AcceptHandshake\n'));
  });

  it('offers nothing after an unknown prefix, and actions in SCP documents too', () => {
    assert.deepEqual(labels(completeAt(permissions('organisations:|'))), []);
    const scp = `${HEAD}policies:\n  serviceControlPolicies:\n    G:\n      targets: [Root]\n      document:\n        Statement:\n          - Effect: Deny\n            NotAction: [s3:|]\n`;
    assert.ok(labels(completeAt(scp)).includes('s3:GetObject'));
  });
});
