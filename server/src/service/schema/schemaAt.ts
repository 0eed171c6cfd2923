/**
 * The schema node that describes the value at a path (see ../parse/locate.ts), for hover,
 * completion and fixes. Undefined when the path leaves the format.
 */
import { manifestSchema } from './manifestSchema';
import type { SchemaNode } from './types';
import type { PathSegment } from '../parse/locate';

export function schemaAt(path: readonly PathSegment[], root: SchemaNode = manifestSchema): SchemaNode | undefined {
  let schema: SchemaNode | undefined = root;
  for (const segment of path) {
    if (!schema) return undefined;
    schema = childSchema(schema, segment);
  }
  return schema;
}

export function childSchema(schema: SchemaNode, segment: PathSegment): SchemaNode | undefined {
  switch (schema.type) {
    case 'object':
      return typeof segment === 'string' ? schema.properties[segment] : undefined;
    case 'map':
      return typeof segment === 'string' ? schema.values() : undefined;
    case 'array':
      return typeof segment === 'number' ? schema.items : undefined;
    case 'stringOrList':
      return typeof segment === 'number' ? schema.items : undefined;
    case 'objectOrList':
      return typeof segment === 'number' ? schema.items : childSchema(schema.items, segment);
    default:
      return undefined;
  }
}
