import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withOus = (tree: string) => orgHeader('featureSet: ALL', '').replace('accounts:\n', `organizationalUnits:\n${tree}accounts:\n`);

const tooDeep = withOus(`  L1:
    L2:
      L3:
        L4:
          L5:
            L6:
#           ^^ ORG505
              L7:
                L8: {}
            L6b: {}
#           ^^^ ORG505
  Other: {}
`);

describe('ORG505 OU nesting deeper than 5 levels', () => {
  it('fires on each OU at depth 6 only, not again on the OUs below it', () => {
    const [d] = checkDiagnostics(tooDeep);
    assert.match(d!.message, /OU `L1\/L2\/L3\/L4\/L5\/L6` is 6 levels below the root; AWS Organizations allows at most 5\. Move it/);
  });

  it('accepts 5 levels, in block and flow style', () => {
    checkDiagnostics(withOus('  L1:\n    L2:\n      L3:\n        L4:\n          L5: {}\n'));
    checkDiagnostics(withOus('  L1: { L2: { L3: { L4: { L5: {} } } } }\n'));
  });

  it('fires in flow style too', () => {
    checkDiagnostics(withOus('  L1: { L2: { L3: { L4: { L5: { L6: {} } } } } }\n#                               ^^ ORG505\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(tooDeep, 'ORG505', DiagnosticSeverity.Error);
  });
});
