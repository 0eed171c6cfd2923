/**
 * The org manifest format (SPEC §3) as data. Descriptions are shown on hover and in completion,
 * and exported into the JSON Schema, so they are written for users.
 */
import { policyDocumentSchema } from './policySchema';
import type { MapSchema, ObjectSchema, SchemaNode, StringSchema } from './types';

export const API_VERSION = 'orgmanifest/v1';
export const FEATURE_SETS = ['ALL', 'CONSOLIDATED_BILLING'] as const;
export const JOIN_METHODS = ['created', 'invited'] as const;
export const SLR_STATES = ['present', 'deleted'] as const;
export const HANDSHAKE_TYPES = [
  'INVITE',
  'ENABLE_ALL_FEATURES',
  'APPROVE_ALL_FEATURES',
  'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE',
  'TRANSFER_RESPONSIBILITY',
] as const;
export const HANDSHAKE_STATES = ['REQUESTED', 'OPEN', 'CANCELED', 'ACCEPTED', 'DECLINED', 'EXPIRED'] as const;

const accountRef = (description: string): StringSchema => ({ type: 'string', kind: 'accountRef', description });

const permissionHolder = (who: string, description: string): ObjectSchema => ({
  type: 'object',
  description,
  properties: {
    permissions: {
      type: 'array',
      items: {
        type: 'string',
        kind: 'iamAction',
        description: 'An IAM action, `service:Action`. Case-insensitive; `*` and `?` wildcards.',
      },
      description: `IAM actions ${who} is allowed, as one \`Allow\` statement on every resource. IAM syntax: \`service:Action\`, case-insensitive, \`*\` and \`?\` wildcards.`,
    },
    policy: {
      ...policyDocumentSchema,
      description: `An IAM policy document for ${who}, instead of or besides \`permissions\`. \`Deny\` statements win over any \`Allow\`.`,
    },
  },
});

const ouTree: MapSchema = {
  type: 'map',
  defName: 'organizationalUnitTree',
  keyKind: 'ouName',
  keyDescription: 'An organizational unit. Its value holds its child OUs (`{}` when it has none).',
  description: 'Child organizational units, by name.',
  nullable: true,
  values: () => ouTree,
};

const organization: ObjectSchema = {
  type: 'object',
  description: 'The organization itself: its feature set and its management account.',
  required: ['featureSet', 'managementAccount'],
  properties: {
    name: { type: 'string', description: 'A display name for the organization.' },
    featureSet: {
      type: 'string',
      enum: FEATURE_SETS,
      description:
        'The feature set the organization should have. `ALL` enables SCPs and other policies, trusted access and delegated administrators; `CONSOLIDATED_BILLING` shares billing only. Moving to `ALL` is one-way.',
    },
    currentFeatureSet: {
      type: 'string',
      enum: FEATURE_SETS,
      description:
        'The feature set the organization has today; defaults to `featureSet`. `CONSOLIDATED_BILLING` here with `featureSet: ALL` plans the move to all features, and the handshake rules check every account for it.',
    },
    managementAccount: accountRef(
      'The key (under `accounts`) of the management account, which pays the bills and owns the organization. SCPs never apply to it and it cannot be a delegated administrator.',
    ),
  },
};

const serviceLinkedRoles: MapSchema = {
  type: 'map',
  keyKind: 'slrName',
  keyDescription: 'A service-linked role name, e.g. `AWSServiceRoleForOrganizations`.',
  description:
    'The state of service-linked roles in this account. `AWSServiceRoleForOrganizations`, and the role of every enabled trusted service, default to `present`.',
  values: () => ({
    type: 'string',
    enum: SLR_STATES,
    description: '`present` (the default) or `deleted`.',
  }),
};

const account: ObjectSchema = {
  type: 'object',
  description: 'A member or management account of the organization.',
  nullable: false,
  properties: {
    id: {
      type: 'string',
      kind: 'accountId',
      numberHandledByRule: true,
      description:
        'The 12-digit AWS account ID, as a quoted YAML string (unquoted, leading zeros are lost). Required for the management account and invited accounts; a created account without an id is one the deployer still has to create.',
    },
    name: { type: 'string', description: 'The account name.' },
    email: { type: 'string', kind: 'email', description: "The account's root user email address." },
    joined: {
      type: 'string',
      enum: JOIN_METHODS,
      description:
        'How the account joined: `created` in the organization, or `invited` and accepted. Invited accounts must agree to enable all features; created accounts only when their `AWSServiceRoleForOrganizations` was deleted.',
    },
    ou: {
      type: 'string',
      kind: 'ouPath',
      description: 'The organizational unit holding the account, as a `/`-separated path from the root, e.g. `Workloads/Prod`.',
    },
    administrator: permissionHolder(
      'the administrator',
      "The principal that answers handshakes in this account, and the IAM permissions it has. Without it the account's administrator has no permissions.",
    ),
    serviceLinkedRoles,
  },
};

const trustedService: ObjectSchema = {
  type: 'object',
  description: 'Settings of the integration with this service.',
  nullable: true,
  properties: {
    enabled: {
      type: 'boolean',
      description: 'Whether trusted access is enabled (default `true`). `false` records a deliberate disable.',
    },
    delegatedAdministrator: accountRef(
      'The key of the member account registered as delegated administrator for this service. Never the management account.',
    ),
  },
};

const permissionSet: ObjectSchema = {
  type: 'object',
  description: 'An IAM Identity Center permission set.',
  nullable: true,
  properties: {
    description: { type: 'string', description: 'What the permission set is for.' },
    sessionDuration: { type: 'string', description: 'The session length, as an ISO-8601 duration such as `PT8H`.' },
    managedPolicies: {
      type: 'array',
      items: { type: 'string', kind: 'resource', description: 'An AWS managed policy ARN.' },
      description: 'AWS managed policies attached to the permission set (ARNs).',
    },
    customerManagedPolicies: {
      type: 'array',
      items: { type: 'string', description: 'A customer managed policy name.' },
      description: 'Customer managed policies, by name, that must exist in every assigned account.',
    },
    inlinePolicy: { ...policyDocumentSchema, description: 'An inline IAM policy document of the permission set.' },
  },
};

const identityCenter: ObjectSchema = {
  type: 'object',
  description:
    'Declares that IAM Identity Center (AWS SSO) is in use. It needs trusted access for `sso.amazonaws.com`, which cannot be disabled while Identity Center is in use.',
  nullable: true,
  properties: {
    permissionSets: {
      type: 'map',
      keyKind: 'permissionSetName',
      keyDescription: 'A permission set name.',
      description: 'Permission sets, by name.',
      values: () => permissionSet,
    },
    assignments: {
      type: 'array',
      description: 'Who gets which permission set in which account.',
      items: {
        type: 'object',
        description: 'One assignment of a permission set to a group or user in an account.',
        required: ['account', 'permissionSet'],
        properties: {
          account: accountRef('The key of the account the assignment applies to.'),
          permissionSet: { type: 'string', description: 'The name of a permission set under `permissionSets`.' },
          group: { type: 'string', description: 'The Identity Center group that gets the permission set.' },
          user: { type: 'string', description: 'The Identity Center user that gets the permission set.' },
        },
      },
    },
  },
};

const serviceControlPolicy: ObjectSchema = {
  type: 'object',
  description: 'A service control policy and where it is attached.',
  required: ['targets', 'document'],
  properties: {
    description: { type: 'string', description: 'What the policy is for.' },
    targets: {
      type: 'array',
      items: {
        type: 'string',
        kind: 'target',
        description: '`Root`, an OU path such as `Workloads/Prod`, or an account key.',
      },
      description: 'Where the policy is attached: `Root`, OU paths, or account keys.',
    },
    document: {
      ...policyDocumentSchema,
      description:
        'The SCP document. SCPs only limit what member accounts may do; they never grant anything and never affect the management account or service-linked roles.',
    },
  },
};

const handshake: ObjectSchema = {
  type: 'object',
  description: 'A handshake in flight (or recently completed) for one account.',
  required: ['type', 'account', 'state'],
  properties: {
    type: {
      type: 'string',
      enum: HANDSHAKE_TYPES,
      description:
        'The handshake type. While all features are being enabled, invited accounts receive `APPROVE_ALL_FEATURES`, created accounts whose Organizations role was deleted receive `ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE`, and the management account finalizes with `ENABLE_ALL_FEATURES`.',
    },
    account: accountRef('The key of the account the handshake is for.'),
    state: {
      type: 'string',
      enum: HANDSHAKE_STATES,
      description:
        '`REQUESTED` and `OPEN` are waiting for an answer; `ACCEPTED`, `DECLINED`, `CANCELED` and `EXPIRED` are final.',
    },
  },
};

export const manifestSchema: ObjectSchema = {
  type: 'object',
  description: 'An AWS Organization manifest: the declared state of one organization.',
  required: ['apiVersion', 'organization', 'accounts'],
  properties: {
    apiVersion: {
      type: 'string',
      enum: [API_VERSION],
      description: `The format version. Must be \`${API_VERSION}\`.`,
    },
    organization,
    organizationalUnits: {
      ...ouTree,
      description: 'The organizational units under the root, nested by name (at most 5 levels deep).',
    },
    accounts: {
      type: 'map',
      keyKind: 'accountKey',
      keyDescription:
        'An account key: the name the rest of the manifest uses to refer to this account (`managementAccount`, `delegatedAdministrator`, SCP `targets`, handshakes, assignments).',
      description: 'Every account of the organization, by key.',
      values: () => account,
    },
    trustedAccess: {
      type: 'map',
      keyKind: 'principal',
      keyDescription: 'The service principal of an AWS service integrated with the organization, e.g. `sso.amazonaws.com`.',
      description:
        'AWS services with trusted access to the organization. Trusted access needs all features; each service may create its service-linked role in every account.',
      values: () => trustedService,
    },
    identityCenter,
    policies: {
      type: 'object',
      description: 'Organization policies.',
      nullable: true,
      properties: {
        serviceControlPolicies: {
          type: 'map',
          keyKind: 'policyName',
          keyDescription: 'The name of a service control policy.',
          description: 'Service control policies (SCPs), by name. SCPs need all features.',
          values: () => serviceControlPolicy,
        },
      },
    },
    handshakes: {
      type: 'array',
      items: handshake,
      description: 'Handshakes in flight, such as the approvals of enabling all features.',
    },
    deployer: permissionHolder(
      'the deployer',
      'The management-account principal that applies this manifest, and its IAM permissions. When present, it is checked for every permission applying the manifest needs.',
    ),
  },
};

/** Resolves a map's value schema (maps hold a thunk so the OU tree can be recursive). */
export function mapValues(schema: MapSchema): SchemaNode {
  return schema.values();
}
