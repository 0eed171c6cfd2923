/**
 * The IAM actions the rules reason about, with what each does in our own words and the rules that
 * need it. Every action (these included) is in the IAM action catalog (../../data/iamActions.ts),
 * which gives its service, access level and AWS's description; hover and completion show both.
 */
import { actionMatches } from '../iam';

export interface IamActionInfo {
  /** Canonical spelling, `service:Action`. */
  readonly name: string;
  /** What the action does, in one or two sentences. */
  readonly summary: string;
  /** Why the rules care, one sentence. */
  readonly whyItMatters: string;
  /** Codes of the rules that check or mention it. */
  readonly rules: readonly string[];
  readonly docUrl: string;
}

const ORGANIZATIONS_API = 'https://docs.aws.amazon.com/organizations/latest/APIReference/API_';

function organizations(action: string, summary: string, whyItMatters: string, rules: readonly string[]): IamActionInfo {
  return { name: `organizations:${action}`, summary, whyItMatters, rules, docUrl: `${ORGANIZATIONS_API}${action}.html` };
}

const ACTIONS: readonly IamActionInfo[] = [
  organizations(
    'AcceptHandshake',
    'Answers yes to a handshake sent to this account: an invitation to join, the request to approve all features, or the request to re-create the Organizations service-linked role.',
    "While all features are being enabled, an invited account's administrator needs it to agree, and so does a created account's whose `AWSServiceRoleForOrganizations` was deleted.",
    ['ORG201', 'ORG204'],
  ),
  {
    name: 'iam:CreateServiceLinkedRole',
    summary: "Creates a service's service-linked role in the account. The `iam:AWSServiceName` condition key can limit it to one service.",
    whyItMatters:
      'Agreeing to all features re-creates `AWSServiceRoleForOrganizations` where it was deleted, which needs this permission; where the role is intact it is more than needed. The deployer needs it to create accounts.',
    rules: ['ORG202', 'ORG204', 'ORG701'],
    docUrl: 'https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateServiceLinkedRole.html',
  },
  organizations(
    'EnableAllFeatures',
    'Starts the move from consolidated billing to all features: sends every invited account a request to approve it. Only the management account can call it, and the move is one-way.',
    'The deployer needs it when the manifest plans enabling all features.',
    ['ORG701'],
  ),
  organizations(
    'EnableAWSServiceAccess',
    'Turns on trusted access for one AWS service, named by its service principal (the `organizations:ServicePrincipal` condition key can limit which). Needs all features.',
    'The deployer needs it for every trusted service not `enabled: false`; some services want it turned on from their own console instead.',
    ['ORG701', 'ORG302', 'ORG306'],
  ),
  organizations(
    'DisableAWSServiceAccess',
    "Turns off trusted access for one AWS service. Prefer the service's own console, so it can clean up; IAM Identity Center's integration cannot be turned off while it is in use.",
    'ORG305 reports IAM Identity Center in use without its integration.',
    ['ORG305'],
  ),
  organizations(
    'RegisterDelegatedAdministrator',
    'Registers a member account as delegated administrator for one AWS service. The management account can never be registered, and trusted access must be on first.',
    'The deployer needs it for every `delegatedAdministrator`.',
    ['ORG701', 'ORG303', 'ORG304'],
  ),
  organizations(
    'EnablePolicyType',
    'Turns on a policy type, such as service control policies, in the root. Needs all features.',
    'The deployer needs it when the manifest declares SCPs.',
    ['ORG701', 'ORG401'],
  ),
  organizations('CreatePolicy', 'Creates a policy, such as a service control policy.', 'The deployer needs it when the manifest declares SCPs.', ['ORG701']),
  organizations(
    'AttachPolicy',
    'Attaches a policy to the root, an OU or an account.',
    'The deployer needs it when the manifest declares SCPs.',
    ['ORG701', 'ORG405'],
  ),
  organizations(
    'CreateAccount',
    'Creates a member account in the organization; the account gets `AWSServiceRoleForOrganizations`.',
    'The deployer needs it when a created account has no `id` yet.',
    ['ORG701'],
  ),
];

const BY_LOWER_NAME = new Map(ACTIONS.map((action) => [action.name.toLowerCase(), action]));

/** The actions hover and completion know, in a stable order. */
export function knownActions(): readonly IamActionInfo[] {
  return ACTIONS;
}

/** The action of that name (IAM compares action names without regard to case). */
export function findAction(name: string): IamActionInfo | undefined {
  return BY_LOWER_NAME.get(name.toLowerCase());
}

/** The known actions a pattern such as `organizations:*` or `iam:Create*` covers. */
export function actionsMatching(pattern: string): IamActionInfo[] {
  return ACTIONS.filter((action) => actionMatches(pattern, action.name));
}
