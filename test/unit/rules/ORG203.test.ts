import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, upgradeHeader } from '../helpers/annotations';
import { checkRuleSettings, lineOf, orgHeader, relatedLines } from '../helpers/fixtures';

// Members whose administrators can do everything, so only ORG203 can have something to say.
const members = `  website:
    id: "333333333333"
    joined: created
  payments:
    id: "222222222222"
    joined: invited
    administrator: { permissions: [organizations:AcceptHandshake] }
`;
const upgrade = (handshakes: string) => upgradeHeader(`${members}handshakes:\n${handshakes}`);

const createdApproves = upgrade(`  - { type: APPROVE_ALL_FEATURES, account: website, state: OPEN }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
`);

describe('ORG203 handshake entry that cannot be right', () => {
  it('fires for APPROVE_ALL_FEATURES to a created account, on the type, naming how it joined', () => {
    const [d] = checkDiagnostics(createdApproves);
    assert.match(d!.message, /`website` was created.*only invited accounts receive `APPROVE_ALL_FEATURES`/);
    assert.deepEqual(relatedLines(d), [lineOf(createdApproves, 'joined: created')]);
  });

  it('fires for APPROVE_ALL_FEATURES to the management account', () => {
    const [d] = checkDiagnostics(
      upgrade(`  - { type: APPROVE_ALL_FEATURES, account: management, state: REQUESTED }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
`),
    );
    assert.match(d!.message, /management account `management` does not receive `APPROVE_ALL_FEATURES`.*`ENABLE_ALL_FEATURES`/);
  });

  it('fires for ENABLE_ALL_FEATURES to a member account', () => {
    const [d] = checkDiagnostics(
      upgrade(`  - { type: ENABLE_ALL_FEATURES, account: payments, state: OPEN }
#           ^^^^^^^^^^^^^^^^^^^ ORG203
`),
    );
    assert.match(d!.message, /`ENABLE_ALL_FEATURES` is the management account's handshake, but `payments` is a member account/);
  });

  it('fires for an all-features handshake when no upgrade is planned', () => {
    for (const sets of ['featureSet: ALL', 'featureSet: CONSOLIDATED_BILLING', 'featureSet: ALL\ncurrentFeatureSet: ALL']) {
      const text = orgHeader(
        sets,
        `${members}handshakes:
  - { type: ENABLE_ALL_FEATURES, account: management, state: ACCEPTED }
#           ^^^^^^^^^^^^^^^^^^^ ORG203
  - { type: APPROVE_ALL_FEATURES, account: payments, state: ACCEPTED }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
  - { type: INVITE, account: payments, state: ACCEPTED }
`,
      );
      const [d] = checkDiagnostics(text);
      assert.match(d!.message, /^An `ENABLE_ALL_FEATURES` handshake belongs to enabling all features, which this manifest does not plan.*Remove the entry, or plan the upgrade/);
      assert.deepEqual(relatedLines(d), [2]);
    }
  });

  it('fires on the second of two open handshakes of one type for one account, naming the first', () => {
    const text = upgrade(`  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
  - { type: APPROVE_ALL_FEATURES, account: payments, state: REQUESTED }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
`);
    const [d] = checkDiagnostics(text);
    assert.match(d!.message, /already has an open `APPROVE_ALL_FEATURES` handshake/);
    assert.deepEqual(relatedLines(d), [lineOf(text, 'state: OPEN')]);
  });

  it('reports an entry once even when it is wrong in two ways', () => {
    // Without a planned upgrade, the second open approval is reported for that, not again as a duplicate.
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `${members}handshakes:
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
#           ^^^^^^^^^^^^^^^^^^^^ ORG203
`,
      ),
    );
  });

  it('accepts the handshakes of a correct upgrade and closed duplicates', () => {
    checkDiagnostics(
      upgrade(`  - { type: ENABLE_ALL_FEATURES, account: management, state: REQUESTED }
  - { type: APPROVE_ALL_FEATURES, account: payments, state: EXPIRED }
  - { type: APPROVE_ALL_FEATURES, account: payments, state: DECLINED }
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
  - { type: INVITE, account: payments, state: ACCEPTED }
`),
    );
    checkDiagnostics(
      upgradeHeader(
        `  website:\n    joined: created\n    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted }\n    administrator: { permissions: ["*"] }\nhandshakes:\n  - { type: ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE, account: website, state: OPEN }\n`,
      ),
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(createdApproves, 'ORG203', DiagnosticSeverity.Warning);
  });
});
