import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import type { YamlNode } from '../../../server/src/service/parse/ast';
import { locate } from '../../../server/src/service/parse/locate';

function at(text: string, needle: string, delta = 0) {
  const doc = parseDocument(text);
  const location = locate(doc.contents as YamlNode, text.indexOf(needle) + delta);
  return { path: location.path, kind: location.kind };
}

describe('locate: the node at an offset', () => {
  const text = `apiVersion: orgmanifest/v1
trustedAccess:
  sso.amazonaws.com: {}
  cloudtrail.amazonaws.com:
    enabled: true
deployer:
  permissions: [organizations:EnableAllFeatures, iam:CreateServiceLinkedRole]
accounts: { payments: { joined: invited } }
`;

  it('finds keys and values at every depth, in block and flow collections', () => {
    assert.deepEqual(at(text, 'apiVersion'), { path: ['apiVersion'], kind: 'key' });
    assert.deepEqual(at(text, 'orgmanifest/v1', 3), { path: ['apiVersion'], kind: 'value' });
    assert.deepEqual(at(text, 'enabled'), { path: ['trustedAccess', 'cloudtrail.amazonaws.com', 'enabled'], kind: 'key' });
    assert.deepEqual(at(text, 'iam:Create'), { path: ['deployer', 'permissions', 1], kind: 'value' });
    assert.deepEqual(at(text, 'invited', 2), { path: ['accounts', 'payments', 'joined'], kind: 'value' });
  });

  it('gives a key that follows a block mapping to that key, not to the end of the mapping before it', () => {
    assert.deepEqual(at(text, 'deployer'), { path: ['deployer'], kind: 'key' });
    assert.deepEqual(at(text, 'cloudtrail'), { path: ['trustedAccess', 'cloudtrail.amazonaws.com'], kind: 'key' });
  });

  it('counts the end of a word as on it (cursor right after typing)', () => {
    assert.deepEqual(at(text, 'sso.amazonaws.com', 'sso.amazonaws.com'.length), { path: ['trustedAccess', 'sso.amazonaws.com'], kind: 'key' });
  });
});
