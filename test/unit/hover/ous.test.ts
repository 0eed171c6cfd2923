import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on OU paths', () => {
  it("on an account's ou: the OU, its level, child OUs, accounts and SCPs", () => {
    const text = hoverText(place(MANIFEST, 'ou: Workloads/Pr|od'));
    assert.match(text, /^\*\*OU `Workloads\/Prod`\*\* · organizational unit, level 2 of at most 5/);
    assert.match(text, /\*\*Child OUs:\*\* none/);
    assert.match(text, /\*\*Accounts directly in it:\*\* `payments`/);
    assert.match(text, /\*\*SCPs attached here:\*\* `DenyLeave`/);
    assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/organizations\/latest\/userguide\/orgs_manage_ous\.html\)/);
  });

  it('on a key under organizationalUnits, and on an SCP target', () => {
    assert.match(hoverText(place(MANIFEST, '  Work|loads:')), /\*\*OU `Workloads`\*\* · organizational unit, level 1.*\*\*Child OUs:\*\* `Prod`/s);
    assert.match(hoverText(place(MANIFEST, '[Root, Workloads/P|rod')), /\*\*OU `Workloads\/Prod`\*\*/);
  });

  it('on Root: the organization root and what is attached to it', () => {
    const text = hoverText(place(MANIFEST, '[Ro|ot,'));
    assert.match(text, /the root of the organization/);
    assert.match(text, /reaches all 4 accounts/);
    assert.match(text, /`DenyLeave`/);
  });
});
