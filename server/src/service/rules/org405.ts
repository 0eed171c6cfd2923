import type { RelatedInfo } from '../findings';
import type { Located, Manifest, ServiceControlPolicy } from '../model/types';
import { DEFAULT_SCP_QUOTAS } from './scpQuotas';
import { FULL_AWS_ACCESS, scpTargetKind } from './scpTargets';
import type { Rule } from './types';

interface Attachment {
  readonly scp: ServiceControlPolicy;
  readonly target: Located<string>;
}

/** Earlier attachments named in related information, at most. */
const MAX_RELATED = 10;

/**
 * ORG405: more SCPs attached directly to one target than the quota (`orgManifest.scp.maxPerTarget`),
 * counting the AWS-managed `FullAWSAccess` that every target starts with. Inherited SCPs do not
 * count. The finding is on each `targets` entry from the first one over the quota on.
 */
export const org405: Rule = {
  code: 'ORG405',
  title: 'Too many SCPs attached directly to one target',
  defaultSeverity: 'error',
  check({ manifest, options, report }) {
    const quota = (options.scpQuotas ?? DEFAULT_SCP_QUOTAS).maxPerTarget;
    for (const [target, attachments] of attachmentsByTarget(manifest)) {
      // A manifest that attaches `FullAWSAccess` itself means the default one: it is not counted twice.
      const base = attachments.some(({ scp }) => scp.name === FULL_AWS_ACCESS) ? 0 : 1;
      attachments.forEach((attachment, index) => {
        const count = base + index + 1;
        if (count <= quota) return;
        report({
          span: attachment.target.span,
          message: `\`${target}\` gets ${count} SCPs attached directly with \`${attachment.scp.name}\`${base ? ` (\`${FULL_AWS_ACCESS}\`, attached by default, and ${index + 1} from this manifest)` : ''}, over the quota of ${quota} (\`orgManifest.scp.maxPerTarget\`): AWS refuses the attachment. Merge SCPs that go to the same targets, or attach some one level up (inherited SCPs do not count).`,
          related: related(attachments.slice(0, index)),
        });
      });
    }
  },
};

/** Each resolved target's SCPs in document order, each SCP once however often it lists the target. */
function attachmentsByTarget(manifest: Manifest): Map<string, Attachment[]> {
  const byTarget = new Map<string, Attachment[]>();
  for (const scp of manifest.serviceControlPolicies) {
    const seen = new Set<string>();
    for (const target of scp.targets) {
      if (scpTargetKind(manifest, target.value) === 'unresolved' || seen.has(target.value)) continue;
      seen.add(target.value);
      const list = byTarget.get(target.value);
      if (list) list.push({ scp, target });
      else byTarget.set(target.value, [{ scp, target }]);
    }
  }
  return byTarget;
}

function related(earlier: readonly Attachment[]): RelatedInfo[] {
  return earlier.slice(0, MAX_RELATED).map(({ scp }) => ({ span: scp.keySpan, message: `\`${scp.name}\` is attached here too.` }));
}
