import assert from 'node:assert/strict';
import { prepareRename, rename } from '../../../server/src/service';
import type { RenameResult } from '../../../server/src/service';
import { MANIFEST, applyEdit, checkedAt, markIn, placesOf } from './navigation';

/** Renames what is under the cursor and returns the whole new text (fails the test on a refusal). */
function renamed(marked: string, newName: string, marker = '|'): string {
  const { document, result, position } = checkedAt(marked, marker);
  const answer = rename(document, result, position, newName);
  assert.ok(answer?.ok, `refused: ${answer && !answer.ok ? answer.message : 'nothing to rename'}`);
  return applyEdit(document, answer.edit);
}

function refusal(marked: string, newName: string): string | undefined {
  const { document, result, position } = checkedAt(marked);
  const answer: RenameResult | undefined = rename(document, result, position, newName);
  assert.ok(answer, 'expected an answer');
  return answer.ok ? undefined : answer.message;
}

describe('navigation: rename an account key', () => {
  it('changes the key and its five references in one edit of six changes, keeping each quoting style', () => {
    const { document, result, position } = checkedAt(markIn('  payments:', 4));
    const answer = rename(document, result, position, 'billing');
    assert.ok(answer?.ok);
    assert.equal(answer.edit.changes?.[document.uri]?.length, 6);
    const expected = MANIFEST.replace('managementAccount: payments', 'managementAccount: billing')
      .replace('  payments:\n', '  billing:\n')
      .replace('delegatedAdministrator: payments', 'delegatedAdministrator: billing')
      .replace("account: 'payments'", "account: 'billing'")
      .replace('"payments",', '"billing",')
      .replace('account: payments\n', 'account: billing\n');
    assert.equal(applyEdit(document, answer.edit), expected);
  });

  it('renames the same from any reference', () => {
    assert.equal(renamed(markIn('"payments"', 3), 'billing'), renamed(markIn('  payments:', 4), 'billing'));
  });

  it('refuses a key another account has, with a clear message', () => {
    assert.equal(refusal(markIn('  payments:', 4), 'security'), 'An account with the key `security` already exists.');
  });

  it('refuses names the format cannot reference', () => {
    const at = markIn('  payments:', 4);
    assert.match(refusal(at, '')!, /cannot be empty/);
    assert.match(refusal(at, ' billing')!, /cannot start or end with a space/);
    assert.match(refusal(at, 'team/billing')!, /cannot contain `\/`/);
    assert.match(refusal(at, 'Root')!, /cannot be `Root`/);
    assert.match(refusal(at, 'bill: ing')!, /cannot contain `:`/);
    assert.match(refusal(at, 'a#b')!, /cannot contain `#`/);
    assert.match(refusal(at, '-billing')!, /cannot start with `-`/);
    assert.match(refusal(at, 'bill\ning')!, /line breaks/);
    assert.match(refusal(at, 'Security')!, /An OU named `Security` exists at the top level/);
  });

  it('quotes a new name that YAML would read as another type, except inside existing quotes', () => {
    const text = renamed(markIn('  payments:', 4), '12345');
    assert.match(text, /managementAccount: "12345"\n/);
    assert.match(text, /\n {2}"12345":\n/);
    assert.match(text, /account: '12345'/);
    assert.match(text, /, "12345", /);
    assert.match(text, /account: "12345"\n/);
  });

  it('keeps single quotes where a plain scalar would need quotes', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { managementAccount: 'ma|in' }
accounts: { main: { id: "111111111111" } }
`;
    assert.equal(renamed(text, 'true'), text.replace("'ma|in'", "'true'").replace('main:', '"true":'));
  });

  it('renames keys and values inside flow mappings', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { featureSet: ALL, managementAccount: main }
accounts: { main: { id: "111111111111" }, dev: { id: "222222222222", joined: created } }
handshakes: [{ type: INVITE, account: d|ev, state: OPEN }]
`;
    assert.equal(renamed(text, 'sandbox'), text.replace('d|ev', 'sandbox').replace('dev:', 'sandbox:'));
  });

  it('leaves an alias to the account alone: its anchor is renamed', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { managementAccount: &main main }
accounts:
  ma|in: { id: "111111111111" }
trustedAccess:
  sso.amazonaws.com: { delegatedAdministrator: *main }
`;
    assert.equal(renamed(text, 'root-account'), text.replace('&main main', '&main root-account').replace('ma|in:', 'root-account:'));
  });

  it('refuses when a reference is a block scalar, which cannot be rewritten in place', () => {
    const text = `apiVersion: orgmanifest/v1
organization:
  managementAccount: >-
    main
accounts:
  ma¦in: { id: "111111111111" }
`;
    const { document, result, position } = checkedAt(text, '¦');
    const answer = rename(document, result, position, 'primary');
    assert.ok(answer && !answer.ok);
    assert.equal(answer.message, '`main` is written as a block scalar on line 3; write it as a plain or quoted value first.');
  });

  it('refuses to rename a reference to nothing', () => {
    const marked = MANIFEST.replace('account: payments\n    state', 'account: pay|mnts\n    state');
    assert.equal(refusal(marked, 'billing'), 'No account has the key `paymnts`, so there is nothing to rename.');
  });
});

describe('navigation: rename an OU', () => {
  it('rewrites every path through it, in `ou:` values and SCP targets, keeping the rest of each path', () => {
    const expected = MANIFEST.replace('  Workloads:\n', '  Platform:\n')
      .replace('ou: Workloads/Prod', 'ou: Platform/Prod')
      .replace('[Root, Workloads, "payments", Workloads/Prod]', '[Root, Platform, "payments", Platform/Prod]');
    assert.equal(renamed(markIn('  Workloads:', 3), 'Platform'), expected);
    assert.equal(renamed(markIn('ou: Workloads/Prod', 6), 'Platform'), expected);
  });

  it('edits a target list shared through an anchor once', () => {
    const text = `apiVersion: orgmanifest/v1
organizationalUnits: { Workloads: {} }
policies:
  serviceControlPolicies:
    A: { targets: &shared [Workloads] }
    B: { targets: *shared }
accounts: { main: { ou: Work|loads } }
`;
    assert.equal(renamed(text, 'Platform'), text.replace(/Workloads/g, 'Platform').replace('Work|loads', 'Platform'));
  });

  it('renames a nested OU in the paths that end in it', () => {
    const expected = MANIFEST.replace('    Prod: {}', '    Production: {}').replace('ou: Workloads/Prod', 'ou: Workloads/Production').replace('Workloads/Prod]', 'Workloads/Production]');
    assert.equal(renamed(markIn('ou: Workloads/Prod', 16), 'Production'), expected);
  });

  it('quotes a path that a new name makes unreadable as plain YAML', () => {
    const text = renamed(markIn('    Prod:', 5), '2024');
    assert.match(text, /\n {4}"2024": \{\}\n/);
    assert.match(text, /ou: Workloads\/2024\n/);
  });

  it('refuses a name a sibling OU has, and allows it under another parent', () => {
    assert.equal(refusal(markIn('    Prod:', 5), 'Dev'), 'An OU named `Dev` already exists under `Workloads`.');
    assert.equal(refusal(markIn('  Workloads:', 3), 'Security'), 'An OU named `Security` already exists at the top level.');
    assert.equal(refusal(markIn('    Prod:', 5), 'Security'), undefined);
  });

  it('refuses `/`, `Root` at the top level, and a top-level name an account key has', () => {
    assert.match(refusal(markIn('  Workloads:', 3), 'A/B')!, /cannot contain `\/`/);
    assert.match(refusal(markIn('  Workloads:', 3), 'Root')!, /cannot be `Root`/);
    assert.match(refusal(markIn('  Workloads:', 3), 'web')!, /An account with the key `web` exists/);
  });
});

describe('navigation: prepare rename', () => {
  it('offers the name under the cursor: the key, the text inside quotes, or one OU segment', () => {
    const offered = (marked: string) => {
      const { document, result, position } = checkedAt(marked);
      const answer = prepareRename(document, result, position);
      assert.ok(answer?.ok, 'expected a renameable name');
      return [placesOf(document, [answer.range])[0], answer.placeholder];
    };
    assert.deepEqual(offered(markIn('  payments:', 4)), ['10:payments', 'payments']);
    assert.deepEqual(offered(markIn('"payments"', 3)), ['31:payments', 'payments']);
    assert.deepEqual(offered(markIn('ou: Workloads/Prod', 16)), ['19:Prod', 'Prod']);
  });

  it('says why a reference to nothing cannot be renamed, and has nothing to say off a name', () => {
    const { document, result, position } = checkedAt(MANIFEST.replace('ou: Security', 'ou: Security/To|ols'));
    const answer = prepareRename(document, result, position);
    assert.ok(answer && !answer.ok);
    assert.match(answer.message, /No OU `Security\/Tools` is declared/);
    const off = checkedAt(markIn('featureSet: ALL', 13));
    assert.equal(prepareRename(off.document, off.result, off.position), undefined);
  });
});
