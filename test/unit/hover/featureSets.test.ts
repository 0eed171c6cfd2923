import assert from 'node:assert/strict';
import { hoverText, place } from '../helpers/features';
import { MANIFEST } from './fixture';

describe('hover on feature set values', () => {
  it('on featureSet: what all features allow, that the move is one-way, and what this manifest plans', () => {
    const text = hoverText(place(MANIFEST, '  featureSet: A|LL'));
    assert.match(text, /^\*\*`ALL`\*\* · feature set/);
    assert.match(text, /service control policies.*trusted access.*delegated administrators/);
    assert.match(text, /one-way/);
    assert.match(text, /enabling all features is planned/);
    assert.match(text, /\[Enabling all features\]\(https:\/\/docs\.aws\.amazon\.com\//);
  });

  it('on currentFeatureSet: what consolidated billing allows', () => {
    const text = hoverText(place(MANIFEST, 'currentFeatureSet: CONSOLIDATED_|BILLING'));
    assert.match(text, /^\*\*`CONSOLIDATED_BILLING`\*\* · feature set/);
    assert.match(text, /No policies, no trusted access/);
    assert.match(text, /one-way/);
  });

  it('says when the manifest asks for the impossible way back', () => {
    const back = MANIFEST.replace('featureSet: ALL\n  currentFeatureSet: CONSOLIDATED_BILLING', 'featureSet: CONSOLIDATED_BILLING\n  currentFeatureSet: ALL');
    assert.match(hoverText(place(back, '  featureSet: CONSOL|IDATED_BILLING')), /impossible \(ORG004\)/);
  });
});
