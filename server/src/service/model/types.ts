/**
 * The typed model of an org manifest. Built once per parse from the YAML AST (see ./buildModel.ts);
 * rules, hover and completion read this model rather than raw YAML. Every element carries the
 * source span of the text it came from so findings and edits can point at it precisely.
 *
 * The model is permissive: anything the structure check (ORG002) rejects is simply absent here,
 * so the semantic rules never see values of the wrong type.
 */
import type { Span } from '../text/span';

export type FeatureSet = 'ALL' | 'CONSOLIDATED_BILLING';
export type JoinMethod = 'created' | 'invited';
export type SlrState = 'present' | 'deleted';
export type Effect = 'Allow' | 'Deny';
export type HandshakeType =
  | 'INVITE'
  | 'ENABLE_ALL_FEATURES'
  | 'APPROVE_ALL_FEATURES'
  | 'ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE'
  | 'TRANSFER_RESPONSIBILITY';
export type HandshakeState = 'REQUESTED' | 'OPEN' | 'CANCELED' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';

/** A scalar from the manifest, with the span of its text (quotes included). */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

export interface Manifest {
  readonly apiVersion?: Located<string>;
  readonly organization?: Organization;
  /** Every OU in document order, flattened; nesting is in `path`/`depth`. */
  readonly organizationalUnits: readonly OrganizationalUnit[];
  /** Span of the `accounts` key, when present. */
  readonly accountsKeySpan?: Span;
  /** Whether `accounts` is a mapping; when it is absent or of another type, ORG002 says so and no account key can resolve. */
  readonly accountsIsMapping?: boolean;
  /** Every account entry in document order (duplicated keys appear once: the first wins). */
  readonly accounts: readonly Account[];
  readonly trustedAccess: readonly TrustedService[];
  /** Span of the `trustedAccess` key, when present. */
  readonly trustedAccessKeySpan?: Span;
  readonly identityCenter?: IdentityCenter;
  readonly serviceControlPolicies: readonly ServiceControlPolicy[];
  /** Span of the `serviceControlPolicies` key, when present. */
  readonly serviceControlPoliciesKeySpan?: Span;
  readonly handshakes: readonly Handshake[];
  readonly deployer?: PermissionHolder;
}

export interface Organization {
  readonly keySpan: Span;
  readonly name?: Located<string>;
  readonly featureSet?: Located<FeatureSet>;
  readonly currentFeatureSet?: Located<FeatureSet>;
  readonly managementAccount?: Located<string>;
}

export interface OrganizationalUnit {
  readonly name: string;
  /** `/`-separated path from the root, e.g. `Workloads/Prod`. */
  readonly path: string;
  /** 1 for a top-level OU. */
  readonly depth: number;
  readonly keySpan: Span;
  /** Span of the whole `key: value` pair. */
  readonly span: Span;
}

export interface Account {
  readonly key: string;
  readonly keySpan: Span;
  /** Span of the whole `key: value` pair. */
  readonly span: Span;
  /** The value is not a mapping (ORG002 reports it): it declares nothing, so no key counts as missing. */
  readonly notAMapping?: true;
  readonly id?: AccountId;
  /** Span of the `id` key whenever it is written, even with a value of the wrong type. */
  readonly idKeySpan?: Span;
  readonly name?: Located<string>;
  readonly email?: Located<string>;
  readonly joined?: Located<JoinMethod>;
  /** Span of the `joined` key whenever it is written, even with an invalid value (then ORG002, not ORG504). */
  readonly joinedKeySpan?: Span;
  readonly ou?: Located<string>;
  readonly administrator?: PermissionHolder;
  /** Span of the `serviceLinkedRoles` key, when present. */
  readonly serviceLinkedRolesKeySpan?: Span;
  readonly serviceLinkedRoles: readonly SlrDeclaration[];
}

export interface AccountId extends Located<string> {
  /** True when the id was written as a YAML number (leading zeros lost): ORG502. */
  readonly isNumber: boolean;
  /** The source text of the value exactly as written, e.g. `012345678901` or `"1234"`. */
  readonly source: string;
}

export interface SlrDeclaration {
  /** The role name as written. */
  readonly name: string;
  readonly keySpan: Span;
  readonly state?: Located<SlrState>;
}

/** An account's `administrator` or the `deployer`: who may do what. */
export interface PermissionHolder {
  /** Span of the `administrator` / `deployer` key. */
  readonly keySpan: Span;
  /** Span of the `permissions` key, when present. */
  readonly permissionsKeySpan?: Span;
  /** The `permissions` shorthand: one Allow statement on Resource `*`. */
  readonly permissions: readonly Located<string>[];
  readonly policy?: PolicyDocument;
}

export interface PolicyDocument {
  /** Span of the `policy` / `document` key. */
  readonly keySpan: Span;
  /** Span of the document value. */
  readonly span: Span;
  readonly version?: Located<string>;
  readonly statements: readonly PolicyStatement[];
}

export interface PolicyStatement {
  /** Span of the statement mapping. */
  readonly span: Span;
  readonly sid?: Located<string>;
  /** Absent when missing or invalid (ORG002); such a statement has no effect. */
  readonly effect?: Located<Effect>;
  readonly action?: readonly Located<string>[];
  readonly notAction?: readonly Located<string>[];
  readonly resource?: readonly Located<string>[];
  readonly notResource?: readonly Located<string>[];
  readonly condition?: ConditionBlock;
  /** Keys that are not statement keys (ORG002 reports them), e.g. a misspelt `Actions`. */
  readonly unknownKeys?: readonly string[];
}

export interface ConditionBlock {
  readonly keySpan: Span;
  readonly clauses: readonly ConditionClause[];
}

/** One `Operator: { key: value(s) }` entry of a `Condition` block, one clause per key. */
export interface ConditionClause {
  /** e.g. `StringEquals`, `ForAnyValue:StringLike`, `ArnNotLikeIfExists`. */
  readonly operator: string;
  readonly operatorSpan: Span;
  /** The condition key as written, e.g. `iam:AWSServiceName` (keys compare case-insensitively). */
  readonly key: string;
  readonly keySpan: Span;
  readonly values: readonly Located<string>[];
}

export interface TrustedService {
  readonly principal: string;
  readonly keySpan: Span;
  /** Span of the whole `principal: settings` pair. */
  readonly span: Span;
  /** Defaults to true when absent. */
  readonly enabled: boolean;
  readonly enabledValue?: Located<boolean>;
  readonly delegatedAdministrator?: Located<string>;
}

export interface IdentityCenter {
  readonly keySpan: Span;
  readonly permissionSets: readonly { readonly name: string; readonly keySpan: Span }[];
  readonly assignments: readonly Assignment[];
}

export interface Assignment {
  readonly span: Span;
  readonly account?: Located<string>;
  readonly permissionSet?: Located<string>;
}

export interface ServiceControlPolicy {
  readonly name: string;
  readonly keySpan: Span;
  readonly span: Span;
  readonly targets: readonly Located<string>[];
  readonly document?: PolicyDocument;
  /** Characters of the `document` as minified JSON (ORG404); absent when it cannot be read as JSON. */
  readonly documentSize?: number;
}

export interface Handshake {
  readonly span: Span;
  readonly type?: Located<HandshakeType>;
  readonly account?: Located<string>;
  readonly state?: Located<HandshakeState>;
}
