/**
 * Every principal of the catalog round-trips through the features (issue #3): its hover shows its
 * service and service-linked roles, completion under `trustedAccess` offers it, and a one-letter
 * typo of it is ORG301 with it as the first suggestion.
 */
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { allKnownPrincipals, lookupPrincipal } from '../../../server/src/data/catalog';
import { diagnose } from '../helpers/annotations';
import { completeAt, hoverText } from '../helpers/features';
import { orgHeader } from '../helpers/fixtures';

const withPrincipal = (principal: string) => orgHeader('featureSet: ALL', `trustedAccess:\n  ${principal}: {}\n`);

/** One-letter typos that are no other known principal: the last letter dropped, the first doubled. */
function typos(principal: string): string[] {
  return [principal.slice(0, -1), principal[0]! + principal, principal[0]!.toUpperCase() + principal.slice(1)];
}

describe('every catalog principal round-trips', () => {
  const completion = completeAt(orgHeader('featureSet: ALL', 'trustedAccess:\n  |\n'));
  const offered = new Map(completion.items.map((item) => [item.label, item]));

  for (const principal of allKnownPrincipals()) {
    it(principal, () => {
      const { service } = lookupPrincipal(principal)!;
      const hover = hoverText(withPrincipal(`${principal.slice(0, 2)}|${principal.slice(2)}`));
      assert.ok(hover.includes(`**${service.name}**`), 'hover names the service');
      for (const role of service.serviceLinkedRoles) assert.ok(hover.includes(`\`${role.name}\``), `hover names ${role.name}`);

      const item = offered.get(principal);
      assert.ok(item, 'completion offers it');
      assert.equal(item.detail, service.name);
      assert.equal((item.documentation as MarkupContent).value, hover);

      for (const typo of typos(principal)) {
        const [finding, ...rest] = diagnose(withPrincipal(typo)).filter((d) => d.code === 'ORG301');
        assert.ok(finding && rest.length === 0, `${typo}: one ORG301`);
        assert.equal((finding.data as { candidates: string[] }).candidates[0], principal, `${typo}: first suggestion`);
      }
    });
  }
});
