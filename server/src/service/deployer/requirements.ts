/**
 * What applying a manifest asks of its deployer (the management-account principal under `deployer`):
 * one need per API call the manifest implies, with the request the IAM evaluator judges it by.
 * Pure and shared: ORG701 checks these needs, its quick fix grants them, and the least-privilege
 * policy generator writes them, so the three always agree.
 */
import { evaluate } from '../iam';
import type { Decision, EvaluationRequest } from '../iam';
import { ORGANIZATIONS_PRINCIPAL, ORGANIZATIONS_SLR } from '../model/analysis';
import type { Analysis } from '../model/analysis';
import type { Manifest, PermissionHolder } from '../model/types';
import type { Span } from '../text/span';
import {
  ACCEPT_HANDSHAKE,
  ATTACH_POLICY,
  AWS_SERVICE_NAME_KEY,
  CREATE_ACCOUNT,
  CREATE_POLICY,
  CREATE_SERVICE_LINKED_ROLE,
  ENABLE_ALL_FEATURES,
  ENABLE_POLICY_TYPE,
  ENABLE_SERVICE_ACCESS,
  POLICY_TYPE_KEY,
  REGISTER_DELEGATED_ADMINISTRATOR,
  SCP_POLICY_TYPE,
  SERVICE_PRINCIPAL_KEY,
} from './actions';

/** Why the deployer needs an action; the generated policy has one statement per purpose, with this `Sid`. */
export type Purpose =
  | 'EnableAllFeatures'
  | 'FinalizeAllFeatures'
  | 'EnableTrustedAccess'
  | 'RegisterDelegatedAdministrators'
  | 'ManageServiceControlPolicies'
  | 'CreateAccounts'
  | 'CreateOrganizationsServiceLinkedRole';

export interface DeployerNeed {
  readonly purpose: Purpose;
  /** Canonical `service:Action`. */
  readonly action: string;
  /** The service principal a per-service need is about (`organizations:ServicePrincipal`). */
  readonly principal?: string;
  /** What the evaluator is asked: the action, its resource, the condition keys the call carries. */
  readonly request: EvaluationRequest;
  /** The place in the manifest that makes this needed, for related information. */
  readonly cause?: { readonly span: Span; readonly message: string };
}

/** The needs ORG701 checks (SPEC §4): trusted access, delegated administrators, SCPs, new accounts, the upgrade. */
export function deployerNeeds(manifest: Manifest, analysis: Analysis): DeployerNeed[] {
  return [...upgradeNeeds(analysis), ...trustedAccessNeeds(manifest, analysis), ...scpNeeds(manifest), ...accountCreationNeeds(manifest)];
}

/**
 * The needs of the least-privilege policy: ORG701's, plus accepting the `ENABLE_ALL_FEATURES`
 * handshake that finalizes the upgrade. SPEC §4 lists only `EnableAllFeatures` for ORG701, so the
 * rule does not ask for it; a generated policy without it could start the upgrade but not finish it.
 */
export function policyNeeds(manifest: Manifest, analysis: Analysis): DeployerNeed[] {
  const needs = deployerNeeds(manifest, analysis);
  if (!analysis.upgradePlanned) return needs;
  const finalize: DeployerNeed = {
    purpose: 'FinalizeAllFeatures',
    action: ACCEPT_HANDSHAKE,
    request: { action: ACCEPT_HANDSHAKE, resource: `arn:aws:organizations::${managementId(analysis)}:handshake/o-*/enable_all_features/h-*` },
  };
  const at = needs.findIndex((need) => need.purpose === 'EnableAllFeatures');
  return [...needs.slice(0, at + 1), finalize, ...needs.slice(at + 1)];
}

/** The deployer's decision on one need. */
export function decide(deployer: PermissionHolder | undefined, need: DeployerNeed): Decision {
  return evaluate(deployer, need.request);
}

function upgradeNeeds(analysis: Analysis): DeployerNeed[] {
  if (!analysis.upgradePlanned) return [];
  const desired = analysis.desiredFeatureSet;
  return [
    {
      purpose: 'EnableAllFeatures',
      action: ENABLE_ALL_FEATURES,
      request: { action: ENABLE_ALL_FEATURES },
      cause: desired && { span: desired.span, message: 'Enabling all features is planned here.' },
    },
  ];
}

function trustedAccessNeeds(manifest: Manifest, analysis: Analysis): DeployerNeed[] {
  const needs: DeployerNeed[] = [];
  for (const trusted of manifest.trustedAccess) {
    const principal = trusted.principal;
    const context = { [SERVICE_PRINCIPAL_KEY]: principal };
    if (trusted.enabled) {
      const cause = { span: trusted.keySpan, message: `Trusted access for \`${principal}\` is enabled here.` };
      needs.push({ purpose: 'EnableTrustedAccess', action: ENABLE_SERVICE_ACCESS, principal, request: { action: ENABLE_SERVICE_ACCESS, context }, cause });
    }
    const administrator = trusted.delegatedAdministrator;
    if (!administrator) continue;
    const id = accountId(analysis, administrator.value);
    const resource = `arn:aws:organizations::${managementId(analysis)}:account/o-*/${id}`;
    const cause = { span: administrator.span, message: `\`${administrator.value}\` is the delegated administrator of \`${principal}\`.` };
    needs.push({ purpose: 'RegisterDelegatedAdministrators', action: REGISTER_DELEGATED_ADMINISTRATOR, principal, request: { action: REGISTER_DELEGATED_ADMINISTRATOR, resource, context }, cause });
  }
  return needs;
}

function scpNeeds(manifest: Manifest): DeployerNeed[] {
  const keySpan = manifest.serviceControlPoliciesKeySpan;
  if (!keySpan || manifest.serviceControlPolicies.length === 0) return [];
  const cause = { span: keySpan, message: 'Service control policies are declared here.' };
  const context = { [POLICY_TYPE_KEY]: SCP_POLICY_TYPE };
  return [ENABLE_POLICY_TYPE, CREATE_POLICY, ATTACH_POLICY].map((action) => ({ purpose: 'ManageServiceControlPolicies', action, request: { action, context }, cause }));
}

function accountCreationNeeds(manifest: Manifest): DeployerNeed[] {
  // A created account without `id` is one the deployer is still to create (SPEC "Precision").
  const created = manifest.accounts.find((account) => account.joined?.value === 'created' && !account.idKeySpan);
  if (!created) return [];
  const cause = { span: created.keySpan, message: `Account \`${created.key}\` has no \`id\` yet: the deployer creates it.` };
  const role = `arn:aws:iam::*:role/aws-service-role/${ORGANIZATIONS_PRINCIPAL}/${ORGANIZATIONS_SLR}`;
  return [
    { purpose: 'CreateAccounts', action: CREATE_ACCOUNT, request: { action: CREATE_ACCOUNT }, cause },
    {
      purpose: 'CreateOrganizationsServiceLinkedRole',
      action: CREATE_SERVICE_LINKED_ROLE,
      request: { action: CREATE_SERVICE_LINKED_ROLE, resource: role, context: { [AWS_SERVICE_NAME_KEY]: ORGANIZATIONS_PRINCIPAL } },
      cause,
    },
  ];
}

/** An id is used in an ARN only when it is one; otherwise `*` stands for the unknown id. */
function accountId(analysis: Analysis, key: string): string {
  const id = analysis.accountsByKey.get(key)?.id;
  return id && !id.isNumber && /^\d{12}$/.test(id.value) ? id.value : '*';
}

function managementId(analysis: Analysis): string {
  return analysis.managementAccount ? accountId(analysis, analysis.managementAccount.key) : '*';
}
