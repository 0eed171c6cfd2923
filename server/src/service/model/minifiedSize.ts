/**
 * The size of a YAML value written as minified JSON: what an SCP document weighs against AWS's
 * size quota (ORG404), since the console stores policies minified and that is the least they take.
 */
import type { WalkContext, YamlNode } from '../parse/ast';

/** Aliases expanded at most this many times (yaml's own default), so an alias bomb stays cheap. */
const MAX_ALIAS_EXPANSIONS = 100;

/** Characters of `JSON.stringify(value)`, or undefined when the value cannot be read as JSON. */
export function minifiedJsonLength(node: YamlNode | null | undefined, ctx: WalkContext): number | undefined {
  if (node === null || node === undefined) return undefined;
  try {
    const json = JSON.stringify(node.toJS(ctx.doc, { maxAliasCount: MAX_ALIAS_EXPANSIONS }));
    return typeof json === 'string' ? json.length : undefined;
  } catch {
    // An unresolved or excessive alias: the structure checks report what is wrong with it.
    return undefined;
  }
}
