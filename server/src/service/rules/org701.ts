import type { RelatedInfo } from '../findings';
import { decide, deployerNeeds } from '../deployer/requirements';
import type { DeployerNeed } from '../deployer/requirements';
import type { Rule } from './types';

/** Related places named at most: a manifest with hundreds of trusted services needs not list them all. */
const MAX_RELATED = 20;

/**
 * ORG701: the `deployer` is not allowed something applying the manifest needs (SPEC §4, see
 * ../deployer/requirements.ts). One finding on the `deployer` key lists every missing permission;
 * a permission scoped by a condition counts when the condition admits the case at hand.
 */
export const org701: Rule = {
  code: 'ORG701',
  title: 'Deployer lacks a permission needed to apply the manifest',
  defaultSeverity: 'error',
  check({ manifest, analysis, report }) {
    const deployer = manifest.deployer;
    if (!deployer) return;
    const missing: DeployerNeed[] = [];
    const denied: RelatedInfo[] = [];
    for (const need of deployerNeeds(manifest, analysis)) {
      const decision = decide(deployer, need);
      if (decision.allowed) continue;
      missing.push(need);
      const deny = decision.deniedBy;
      const span = deny && (deny.matchedAction?.span ?? deny.statement?.effect?.span ?? deny.statement?.span);
      if (span) denied.push({ span, message: `This \`Deny\` blocks \`${need.action}\`${need.principal ? ` for \`${need.principal}\`` : ''}.` });
    }
    if (missing.length === 0) return;
    report({
      span: deployer.keySpan,
      message: `The deployer cannot apply this manifest: it is not allowed ${describe(missing)}. ${denied.length > 0 ? 'Remove or narrow the `Deny` that blocks it, and grant' : 'Grant'} the missing permissions, or run “Org Manifest: Generate Least-Privilege Deployer Policy” to write the policy this manifest needs.`,
      related: [...denied, ...causes(missing)].slice(0, MAX_RELATED),
      data: { kind: 'addDeployerPermissions', needs: missing.map(({ action, principal }) => (principal ? { action, principal } : { action })) },
    });
  },
};

/** "`a` (for `p1`, `p2`), `b` and `c`": each action once, with the principals it is missing for. */
export function describe(needs: readonly DeployerNeed[]): string {
  const principals = new Map<string, string[]>();
  for (const need of needs) {
    const list = principals.get(need.action) ?? [];
    if (need.principal) list.push(need.principal);
    principals.set(need.action, list);
  }
  const parts = [...principals].map(([action, list]) => `\`${action}\`${list.length > 0 ? ` (for ${list.map((p) => `\`${p}\``).join(', ')})` : ''}`);
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function causes(needs: readonly DeployerNeed[]): RelatedInfo[] {
  const seen = new Set<number>();
  const related: RelatedInfo[] = [];
  for (const need of needs) {
    if (!need.cause || seen.has(need.cause.span.start)) continue;
    seen.add(need.cause.span.start);
    related.push(need.cause);
  }
  return related;
}
