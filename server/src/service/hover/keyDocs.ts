/**
 * Hover text for manifest keys from the schema's descriptions (../schema/manifestSchema.ts): the same
 * data that drives the structure check, key completion and the JSON Schema.
 */
import type { MapSchema, ObjectSchema, SchemaNode } from '../schema/types';
import { code, paragraphs } from './markdown';

/** A property of an object: its description, allowed values, and whether it is required. */
export function propertyMarkdown(name: string, property: SchemaNode, parent: ObjectSchema): string {
  const required = parent.required?.includes(name) ? 'Required.' : undefined;
  return paragraphs(`**${code(name)}** · ${typeName(property)}`, property.description, valuesText(property), required);
}

/** A key of a map whose keys are names (accounts, OUs, policies…): the map's key description. */
export function mapKeyMarkdown(name: string, map: MapSchema): string {
  return paragraphs(`**${code(name)}**`, map.keyDescription);
}

/** The allowed values of an enum, e.g. for `featureSet`. */
export function valuesText(schema: SchemaNode): string | undefined {
  const values = schema.type === 'string' ? schema.enum : schema.type === 'stringOrList' ? schema.items.enum : undefined;
  return values ? `**Values:** ${values.map(code).join(', ')}` : undefined;
}

/** A short name of what a key holds, for the hover's title line and completion details. */
export function typeName(schema: SchemaNode): string {
  switch (schema.type) {
    case 'object':
      return 'mapping';
    case 'map':
      return 'mapping of names';
    case 'array':
      return 'list';
    case 'string':
      return schema.enum ? 'choice of values' : 'text';
    case 'boolean':
      return '`true` or `false`';
    case 'stringOrList':
      return 'text or list of texts';
    case 'objectOrList':
      return 'mapping or list of mappings';
  }
}
