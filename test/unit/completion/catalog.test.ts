import assert from 'node:assert/strict';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver-types';
import type { MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { applyItem, codesOf, completeAt, hoverText, itemNamed, labels } from '../helpers/features';
import { HEAD } from './fixture';

describe('completion of principals, role names and actions', () => {
  it('offers principals under trustedAccess: label = principal, detail = service, documentation = the hover', () => {
    const text = `${HEAD}trustedAccess:\n  cloudtrail.amazonaws.com: {}\n  |\n`;
    const list = completeAt(text);
    const sso = itemNamed(list, 'sso.amazonaws.com');
    assert.equal(sso.detail, 'AWS IAM Identity Center');
    assert.equal(sso.kind, CompletionItemKind.Module);
    const hover = hoverText(`${HEAD}trustedAccess:\n  sso.amazon|aws.com: {}\n`);
    assert.equal((sso.documentation as MarkupContent).value, hover);
    assert.ok(!labels(list).includes('cloudtrail.amazonaws.com'), 'a present principal is offered again');
    assert.deepEqual(codesOf(applyItem(text.replace('|', ''), sso)), []);
  });

  it('ranks related principals after the services’ own, and offers the trusted-service snippet', () => {
    const list = completeAt(`${HEAD}trustedAccess:\n  |\n`);
    const names = labels(list);
    assert.ok(names.indexOf('aws-artifact-account-sync.amazonaws.com') < names.indexOf('artifact.amazonaws.com'));
    const snippet = itemNamed(list, 'New trusted service');
    assert.equal(snippet.insertTextFormat, InsertTextFormat.Snippet);
    assert.equal((snippet.textEdit as TextEdit).newText, '${1:service.amazonaws.com}:\n    delegatedAdministrator: ${2|security,payments|}');
    assert.equal(names[names.length - 1], 'New trusted service');
  });

  it('offers principals as condition values', () => {
    const text = `${HEAD}deployer:\n  policy:\n    Statement:\n      - Effect: Allow\n        Action: organizations:EnableAWSServiceAccess\n        Resource: "*"\n        Condition:\n          StringEquals:\n            organizations:ServicePrincipal: [sso.amazonaws.com, |]\n`;
    assert.ok(labels(completeAt(text)).includes('guardduty.amazonaws.com'));
    assert.equal(labels(completeAt(text.replace('organizations:ServicePrincipal', 'iam:AWSServiceName')))[0], 'organizations.amazonaws.com');
  });

  it("offers role names, the enabled trusted services' roles first, never one already present in any case", () => {
    const text = `${HEAD}    serviceLinkedRoles:\n      awsservicerolefororganizations: present\n      |\ntrustedAccess:\n  cloudtrail.amazonaws.com: {}\n`;
    const list = completeAt(text);
    assert.equal(list.items[0]!.label, 'AWSServiceRoleForCloudTrail');
    assert.match(list.items[0]!.detail!, /AWS CloudTrail \(trusted access enabled\)/);
    assert.ok(!labels(list).includes('AWSServiceRoleForOrganizations'));
    const item = itemNamed(list, 'AWSServiceRoleForSSO');
    assert.equal((item.textEdit as TextEdit).newText, 'AWSServiceRoleForSSO: ${1|present,deleted|}');
    assert.match((item.documentation as MarkupContent).value, /Used by \*\*AWS IAM Identity Center\*\*/);
    assert.deepEqual(codesOf(applyItem(text.replace('|', ''), item)), []);
  });

  it('offers the actions the rules use in block lists, flow lists and Action, typed prefix included', () => {
    const block = completeAt(`${HEAD}    administrator:\n      permissions:\n        - organizations:|\n`);
    const accept = itemNamed(block, 'organizations:AcceptHandshake');
    assert.deepEqual((accept.textEdit as TextEdit).range, { start: { line: 20, character: 10 }, end: { line: 20, character: 24 } });
    assert.match((accept.documentation as MarkupContent).value, /ORG201/);
    assert.ok(labels(completeAt(`${HEAD}    administrator:\n      permissions: [organizations:AcceptHandshake, |]\n`)).includes('iam:CreateServiceLinkedRole'));
    const action = `${HEAD}    administrator:\n      policy:\n        Statement:\n          - Effect: Allow\n            Action: |\n`;
    assert.ok(labels(completeAt(action)).includes('organizations:EnableAllFeatures'));
  });
});
