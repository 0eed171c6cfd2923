/**
 * The `orgManifest.generateDeployerPolicy` command: the least-privilege IAM policy the manifest's
 * deployer needs, as JSON text (see service/deployer/policy.ts). The VS Code client opens it in a new
 * editor; any LSP client can run the command with the document's uri and use the text.
 */
import { deployerPolicy, deployerPolicyJson } from '../service';
import { checkedManifest } from './checkedDocument';
import type { ServerFeature } from './types';

export const GENERATE_DEPLOYER_POLICY_COMMAND = 'orgManifest.generateDeployerPolicy';

export const deployerPolicyFeature: ServerFeature = {
  capabilities: () => ({}),
  commands: [GENERATE_DEPLOYER_POLICY_COMMAND],
  register(context) {
    context.onCommand(GENERATE_DEPLOYER_POLICY_COMMAND, async (args) => {
      const uri = documentUri(args[0]);
      const checked = uri === undefined ? undefined : await checkedManifest(context, uri);
      const { manifest, analysis } = checked?.result ?? {};
      return manifest && analysis ? deployerPolicyJson(deployerPolicy(manifest, analysis)) : null;
    });
  },
};

/** The argument: the document's uri, or `{ uri }` (as the Fix All command takes it). */
function documentUri(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  const uri = typeof argument === 'object' && argument !== null ? (argument as { uri?: unknown }).uri : undefined;
  return typeof uri === 'string' ? uri : undefined;
}
