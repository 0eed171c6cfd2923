/** Key completion: the keys the format allows where the cursor is, never those already written. */
import { propertyMarkdown, typeName } from '../hover/keyDocs';
import type { MapSchema, ObjectSchema, SchemaNode } from '../schema/types';
import { schemaAt } from '../schema/schemaAt';
import { principalSpecs, roleSpecs } from './catalogItems';
import { CompletionItemKind, snippetChoice, yamlString } from './items';
import type { ItemContext, ItemSpec } from './items';
import { newAccountSnippet, newTrustedServiceSnippet } from './snippets';

export function keySpecs(ctx: ItemContext): ItemSpec[] {
  const schema = schemaAt(ctx.site.path);
  if (schema?.type === 'object') return propertySpecs(ctx, schema);
  if (schema?.type === 'objectOrList') return propertySpecs(ctx, schema.items);
  if (schema?.type === 'map') return mapKeySpecs(ctx, schema);
  return [];
}

function propertySpecs(ctx: ItemContext, schema: ObjectSchema): ItemSpec[] {
  return Object.entries(schema.properties)
    .filter(([name]) => !ctx.site.presentKeys.has(name))
    .map(([name, property]) => ({
      label: name,
      kind: CompletionItemKind.Property,
      detail: typeName(property),
      documentation: propertyMarkdown(name, property, schema),
      insert: ctx.site.followedByColon ? name : `${name}:${valueStub(ctx, property)}`,
      snippet: !ctx.site.followedByColon,
      group: schema.required?.includes(name) ? 0 : 1,
    }));
}

/** What follows `key:` in the inserted snippet, so the value can be typed (or chosen) at once. */
function valueStub(ctx: ItemContext, schema: SchemaNode): string {
  const nested = ' '.repeat(ctx.site.column + ctx.site.indentUnit);
  switch (schema.type) {
    case 'object':
    case 'map':
      return ctx.site.inFlow ? ' { $0 }' : `\n${nested}$0`;
    case 'array':
    case 'objectOrList':
      return ctx.site.inFlow ? ' [$0]' : `\n${nested}- $0`;
    case 'boolean':
      return ` ${snippetChoice(1, ['true', 'false'])}`;
    case 'string':
      if (schema.enum) return ` ${snippetChoice(1, schema.enum.map(yamlString))}`;
      return schema.kind === 'accountId' ? ' "$1"' : ' $0';
    case 'stringOrList':
      return ' $0';
  }
}

const CONDITION_OPERATORS = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Bool', 'Null'];
/** The condition keys the checks evaluate (SPEC §4 "Administrators", ORG402, ORG701). */
const CONDITION_KEYS = ['iam:AWSServiceName', 'organizations:ServicePrincipal', 'aws:PrincipalArn'];

function mapKeySpecs(ctx: ItemContext, map: MapSchema): ItemSpec[] {
  switch (map.keyKind) {
    case 'principal':
      return [...principalSpecs(ctx, true), ...newTrustedServiceSnippet(ctx).map((spec) => ({ ...spec, group: 2 }))];
    case 'slrName':
      return roleSpecs(ctx);
    case 'accountKey':
      return newAccountSnippet(ctx);
    case 'conditionOperator':
      return namedKeys(ctx, CONDITION_OPERATORS, 'condition operator', map);
    case 'conditionKey':
      return namedKeys(ctx, CONDITION_KEYS, 'condition key', map);
    default:
      return [];
  }
}

function namedKeys(ctx: ItemContext, names: readonly string[], detail: string, map: MapSchema): ItemSpec[] {
  const values = map.values();
  return names
    .filter((name) => !ctx.site.presentKeys.has(name))
    .map((name) => ({
      label: name,
      kind: CompletionItemKind.Property,
      detail,
      documentation: map.keyDescription,
      insert: ctx.site.followedByColon ? name : `${name}:${valueStub(ctx, values)}`,
      snippet: !ctx.site.followedByColon,
    }));
}
