/**
 * A small schema language for the manifest format. One definition (./manifestSchema.ts) drives the
 * structure check (ORG002), key completion, key hover and the generated JSON Schema, so they can
 * never disagree.
 */

/** What a string value refers to; used by hover, completion and the rules, not by the structure check. */
export type ValueKind =
  | 'accountId'
  | 'accountRef'
  | 'ouPath'
  | 'target'
  | 'principal'
  | 'iamAction'
  | 'email'
  | 'resource'
  | 'text';

/** What a map's keys are. */
export type KeyKind = 'accountKey' | 'ouName' | 'principal' | 'slrName' | 'policyName' | 'permissionSetName' | 'conditionOperator' | 'conditionKey';

interface SchemaBase {
  /** Plain-text description: hover, completion documentation, JSON Schema `description`. */
  readonly description: string;
  /** The name under which the JSON Schema generator emits this node in `$defs` (needed for recursion). */
  readonly defName?: string;
  /** An empty value (`key:` with nothing after it) is accepted and means "empty". */
  readonly nullable?: boolean;
}

export interface ObjectSchema extends SchemaBase {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
}

export interface MapSchema extends SchemaBase {
  readonly type: 'map';
  readonly keyKind: KeyKind;
  /** Described on hover of any key of this map. */
  readonly keyDescription: string;
  /** A function so that the OU tree can refer to itself. */
  readonly values: () => SchemaNode;
}

export interface ArraySchema extends SchemaBase {
  readonly type: 'array';
  readonly items: SchemaNode;
}

export interface StringSchema extends SchemaBase {
  readonly type: 'string';
  readonly enum?: readonly string[];
  readonly kind?: ValueKind;
  /** A YAML number is left to a dedicated rule (account ids: ORG502) instead of being a type error. */
  readonly numberHandledByRule?: boolean;
  /** Numbers and booleans are accepted as their text (condition values). */
  readonly anyScalar?: boolean;
}

export interface BooleanSchema extends SchemaBase {
  readonly type: 'boolean';
}

/** IAM's "a string or a list of strings" (Action, Resource, condition values). */
export interface StringOrListSchema extends SchemaBase {
  readonly type: 'stringOrList';
  readonly items: StringSchema;
}

/** IAM's "a statement or a list of statements". */
export interface ObjectOrListSchema extends SchemaBase {
  readonly type: 'objectOrList';
  readonly items: ObjectSchema;
}

export type SchemaNode =
  | ObjectSchema
  | MapSchema
  | ArraySchema
  | StringSchema
  | BooleanSchema
  | StringOrListSchema
  | ObjectOrListSchema;
