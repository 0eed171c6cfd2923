/**
 * The IAM policy document as it appears in the manifest: an administrator's or the deployer's
 * `policy`, an SCP's `document`, a permission set's `inlinePolicy`.
 */
import type { MapSchema, ObjectSchema, StringOrListSchema, StringSchema } from './types';

const actionPattern: StringSchema = {
  type: 'string',
  kind: 'iamAction',
  description: 'An IAM action, `service:Action`. Case-insensitive; `*` matches any characters and `?` one character.',
};

const actions = (description: string): StringOrListSchema => ({ type: 'stringOrList', items: actionPattern, description });

const resources = (description: string): StringOrListSchema => ({
  type: 'stringOrList',
  items: { type: 'string', kind: 'resource', description: 'A resource ARN pattern, or `*`.' },
  description,
});

const conditionValues: MapSchema = {
  type: 'map',
  keyKind: 'conditionKey',
  keyDescription: 'A condition key, e.g. `iam:AWSServiceName`, `organizations:ServicePrincipal` or `aws:PrincipalArn`.',
  description: 'Condition keys and the value or values to compare them with.',
  values: () => ({
    type: 'stringOrList',
    items: { type: 'string', anyScalar: true, description: 'A value to compare the condition key with.' },
    description: 'One value, or a list of values (any of them may match).',
  }),
};

const condition: MapSchema = {
  type: 'map',
  keyKind: 'conditionOperator',
  keyDescription: 'A condition operator, e.g. `StringEquals`, `StringLike`, `ArnNotLike`, `ForAnyValue:StringLike`, `Null`.',
  description:
    'When the statement applies. For `iam:AWSServiceName` and `organizations:ServicePrincipal` the checks evaluate the condition; any other condition is assumed to be met.',
  values: () => conditionValues,
};

export const statementSchema: ObjectSchema = {
  type: 'object',
  description: 'One policy statement: an effect, the actions it covers, the resources and optional conditions.',
  required: ['Effect'],
  properties: {
    Sid: { type: 'string', description: 'An optional statement id: a short label saying what the statement is for.' },
    Effect: {
      type: 'string',
      enum: ['Allow', 'Deny'],
      description: '`Allow` grants the actions; `Deny` forbids them and always wins over any `Allow`.',
    },
    Action: actions('The actions this statement covers: one action or a list. Use either `Action` or `NotAction`.'),
    NotAction: actions('The statement covers every action except these. Use either `Action` or `NotAction`.'),
    Resource: resources('The resources the statement covers: `*` or ARN patterns.'),
    NotResource: resources('The statement covers every resource except these ARN patterns.'),
    Condition: condition,
  },
};

export const policyDocumentSchema: ObjectSchema = {
  type: 'object',
  defName: 'policyDocument',
  description: 'An IAM policy document (`Version` and `Statement`), written in YAML.',
  required: ['Statement'],
  properties: {
    Version: {
      type: 'string',
      enum: ['2012-10-17', '2008-10-17'],
      description: 'The policy language version. Use `"2012-10-17"` (quote it so it stays a string).',
    },
    Id: { type: 'string', description: 'An optional identifier for the policy.' },
    Statement: {
      type: 'objectOrList',
      items: statementSchema,
      description: 'One statement or a list of statements.',
    },
  },
};
