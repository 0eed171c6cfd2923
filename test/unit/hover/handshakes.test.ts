import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on handshake types and states', () => {
  it('on a type: who receives it and what accepting it takes', () => {
    const text = hoverText(place(MANIFEST, 'type: APPROVE_ALL|_FEATURES'));
    assert.match(text, /^\*\*`APPROVE_ALL_FEATURES`\*\* · handshake type/);
    assert.match(text, /every invited account/);
    assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/organizations\/latest\/APIReference\/API_Handshake\.html\)/);
  });

  it('on a state: whether it is still open', () => {
    assert.match(hoverText(place(MANIFEST, 'state: OP|EN')), /^\*\*`OPEN`\*\* · handshake state\n\nSent and waiting for an answer \(open\)/);
  });

  it('on every type and state', () => {
    for (const type of ['INVITE', 'ENABLE_ALL_FEATURES', 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE', 'TRANSFER_RESPONSIBILITY']) {
      assert.match(hoverText(place(MANIFEST.replace('APPROVE_ALL_FEATURES', type), `type: ${type.slice(0, 3)}|`)), new RegExp(`\`${type}\`\\*\\* · handshake type`));
    }
    for (const state of ['REQUESTED', 'CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED']) {
      assert.match(hoverText(place(MANIFEST.replace('state: OPEN', `state: ${state}`), `state: ${state.slice(0, 3)}|`)), /· handshake state/);
    }
  });
});
