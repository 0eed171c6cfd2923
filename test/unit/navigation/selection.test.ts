import assert from 'node:assert/strict';
import type { SelectionRange } from 'vscode-languageserver-types';
import { selectionRanges } from '../../../server/src/service';
import { checkedAt, markIn } from './navigation';

/** The texts the selection grows through from the cursor, innermost first (long ones cut to their first line). */
function growth(marked: string): string[] {
  const { document, result, position } = checkedAt(marked);
  const [first] = selectionRanges(document, result, [position]);
  const texts: string[] = [];
  for (let range: SelectionRange | undefined = first; range; range = range.parent) {
    const text = document.getText(range.range);
    texts.push(text.includes('\n') ? `${text.slice(0, text.indexOf('\n'))}…` : text);
  }
  return texts;
}

describe('navigation: selection ranges', () => {
  it('grows from an OU segment to its path, entry, account, accounts and the document', () => {
    assert.deepEqual(growth(markIn('ou: Workloads/Prod', 16)), [
      'Prod',
      'Workloads/Prod',
      'ou: Workloads/Prod',
      'id: "333333333333"…',
      'web:…',
      'payments:…',
      'accounts:…',
      'apiVersion: orgmanifest/v1…',
      'apiVersion: orgmanifest/v1…',
    ]);
  });

  it('selects the text inside quotes before the quoted scalar, inside flow collections too', () => {
    assert.deepEqual(growth(markIn('"payments"', 3)).slice(0, 5), ['payments', '"payments"', '[Root, Workloads, "payments", Workloads/Prod]', 'targets: [Root, Workloads, "payments", Workloads/Prod]', 'DenyLeave:…']);
    assert.deepEqual(growth(markIn("'payments'", 3)).slice(0, 4), ['payments', "'payments'", "account: 'payments'", "{ account: 'payments', permissionSet: ReadOnly, group: auditors }"]);
  });

  it('grows from a key to its entry', () => {
    assert.deepEqual(growth(markIn('featureSet: ALL', 3)).slice(0, 3), ['featureSet', 'featureSet: ALL', 'featureSet: ALL…']);
  });

  it('only offers ranges that hold the cursor', () => {
    assert.deepEqual(growth(markIn('featureSet: ALL', 11)).slice(0, 2), ['featureSet: ALL', 'featureSet: ALL…']);
    assert.deepEqual(growth(markIn('"payments"', 0)).slice(0, 2), ['"payments"', '[Root, Workloads, "payments", Workloads/Prod]']);
  });

  it('answers every position asked, each nested strictly', () => {
    const { document, result } = checkedAt(markIn('state: OPEN', 8));
    const positions = [0, 40, 200, 400, document.getText().length].map((offset) => document.positionAt(offset));
    const ranges = selectionRanges(document, result, positions);
    assert.equal(ranges.length, positions.length);
    for (const start of ranges) {
      for (let range: SelectionRange | undefined = start; range?.parent; range = range.parent) {
        const inner = [document.offsetAt(range.range.start), document.offsetAt(range.range.end)];
        const outer = [document.offsetAt(range.parent.range.start), document.offsetAt(range.parent.range.end)];
        assert.ok(outer[0]! <= inner[0]! && inner[1]! <= outer[1]! && (outer[0] !== inner[0] || outer[1] !== inner[1]));
      }
    }
  });
});
