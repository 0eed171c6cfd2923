import assert from 'node:assert/strict';
import { FoldingRangeKind } from 'vscode-languageserver-types';
import { foldingRanges } from '../../../server/src/service';
import { checked } from './navigation';

/** Folding ranges as `first-last` (1-based, like an editor's gutter), comment blocks marked. */
function foldsOf(text: string, rangeLimit?: number): string[] {
  const { result } = checked(text);
  return foldingRanges(text, result, rangeLimit).map((r) => `${r.startLine + 1}-${r.endLine + 1}${r.kind === FoldingRangeKind.Comment ? ' comment' : ''}`);
}

const TEXT = `apiVersion: orgmanifest/v1
# The organization.
# Two comment lines fold together.
organization:
  featureSet: ALL
  managementAccount: main
organizationalUnits:
  Workloads:
    Prod: {}
accounts:
  main:
    id: "111111111111"

    # a trailing comment in an account
  web:
    id: "222222222222"
    administrator:
      policy:
        Statement:
          - Effect: Allow
            Action:
              - organizations:AcceptHandshake
          - { Effect: Deny, Action: [
              "iam:*" ] }
    name: |
      # not a comment: text of a block scalar
      # and neither is this
`;

describe('navigation: folding ranges', () => {
  it('folds each entry and list item that spans lines, and blocks of comment lines', () => {
    assert.deepEqual(foldsOf(TEXT), [
      '2-3 comment',
      '4-6', // organization
      '7-9', // organizationalUnits
      '8-9', // Workloads
      '10-27', // accounts
      '11-12', // main
      '15-27', // web
      '17-24', // administrator
      '18-24', // policy
      '19-24', // Statement
      '20-22', // first statement
      '21-22', // Action
      '23-24', // the flow statement over two lines
      '25-27', // the block scalar
    ]);
  });

  it('keeps one range per start line: the outermost', () => {
    const text = `handshakes:
  - account: main
    state: OPEN
  - document:
      Version: x
`;
    assert.deepEqual(foldsOf(text), ['1-5', '2-3', '4-5']);
  });

  it('keeps the outermost ranges when the client limits how many it takes', () => {
    assert.deepEqual(foldsOf(TEXT, 4), ['2-3 comment', '4-6', '7-9', '10-27']);
    assert.deepEqual(foldsOf(TEXT, 0), []);
  });

  it('folds comment blocks even in a file with no manifest, and nothing in an empty one', () => {
    assert.deepEqual(foldsOf('# one\n# two\n\n# three\n'), ['1-2 comment']);
    assert.deepEqual(foldsOf(''), []);
  });
});
