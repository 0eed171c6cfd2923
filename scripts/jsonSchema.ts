/**
 * The JSON Schema (draft-07, what Red Hat's YAML extension supports best) of the manifest format,
 * generated from the schema the language service uses (server/src/service/schema/), so the
 * structure check, key completion, key hover and this file cannot disagree. Shared by
 * scripts/generate-json-schema.ts and its test.
 */
import { API_VERSION, manifestSchema } from '../server/src/service/schema/manifestSchema';
import { statementSchema } from '../server/src/service/schema/policySchema';
import type { ObjectSchema, SchemaNode, StringSchema } from '../server/src/service/schema/types';

export type JsonSchema = { [keyword: string]: unknown };

export const SCHEMA_ID = 'https://github.com/org-manifest/org-manifest/blob/main/schemas/org-manifest.schema.json';

export function manifestJsonSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  const root = convert(manifestSchema, definitions);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: `AWS Organization manifest (${API_VERSION})`,
    ...root,
    definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
  };
}

/** A named node goes to `definitions` once (the OU tree refers to itself); each use keeps its own description. */
function convert(node: SchemaNode, definitions: Record<string, JsonSchema>): JsonSchema {
  if (!node.defName) return convertBody(node, definitions);
  if (!(node.defName in definitions)) {
    definitions[node.defName] = {};
    const { description: _description, ...body } = convertBody(node, definitions);
    definitions[node.defName] = body;
  }
  return { description: node.description, allOf: [{ $ref: `#/definitions/${node.defName}` }] };
}

function convertBody(node: SchemaNode, definitions: Record<string, JsonSchema>): JsonSchema {
  switch (node.type) {
    case 'object':
      return objectSchema(node, definitions);
    case 'map':
      // JSON Schema has no place for a description of the keys: it follows the map's own.
      return {
        type: types('object', node.nullable),
        description: `${node.description} ${node.keyDescription}`,
        additionalProperties: convert(node.values(), definitions),
      };
    case 'array':
      return { type: types('array', node.nullable), description: node.description, items: convert(node.items, definitions) };
    case 'string':
      return stringSchema(node);
    case 'boolean':
      return { type: types('boolean', node.nullable), description: node.description };
    case 'stringOrList': {
      const item = convert(node.items, definitions);
      return { description: node.description, anyOf: [item, { type: 'array', items: item }] };
    }
    case 'objectOrList': {
      const item = convert(node.items, definitions);
      return { description: node.description, anyOf: [item, { type: 'array', items: item }] };
    }
  }
}

function objectSchema(node: ObjectSchema, definitions: Record<string, JsonSchema>): JsonSchema {
  const properties = Object.fromEntries(Object.entries(node.properties).map(([name, property]) => [name, convert(property, definitions)]));
  return {
    type: types('object', node.nullable),
    description: node.description,
    properties,
    ...(node.required && node.required.length > 0 ? { required: [...node.required] } : {}),
    additionalProperties: false,
    ...extraConstraints(node),
  };
}

/** Account ids are strings: a YAML number loses leading zeros (ORG502), so the JSON Schema rejects it. */
function stringSchema(node: StringSchema): JsonSchema {
  const type = node.anyScalar ? ['string', 'number', 'boolean'] : types('string', node.nullable);
  return { type, description: node.description, ...(node.enum ? { enum: [...node.enum] } : {}) };
}

function types(type: string, nullable: boolean | undefined): string | string[] {
  return nullable ? [type, 'null'] : type;
}

/**
 * What ORG002 checks beside the schema (server/src/service/rules/structure/): a statement has exactly
 * one of `Action` and `NotAction` and at most one of `Resource` and `NotResource`; an invited account
 * has an `id`.
 */
function extraConstraints(node: ObjectSchema): JsonSchema {
  if (node === statementSchema) {
    return {
      oneOf: [{ required: ['Action'] }, { required: ['NotAction'] }],
      not: { required: ['Resource', 'NotResource'] },
    };
  }
  if (node.properties.joined && node.properties.id) {
    return { if: { required: ['joined'], properties: { joined: { const: 'invited' } } }, then: { required: ['id'] } };
  }
  return {};
}
