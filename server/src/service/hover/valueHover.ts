/**
 * Hover on a value: principals and role names wherever they appear (trusted access, condition
 * values…), then what the format says the value is (an action, an account or OU reference, a
 * feature set, a handshake type or state), and otherwise the description of its key.
 */
import { isKnownPrincipal } from '../../data/catalog';
import { ORGANIZATIONS_PRINCIPAL } from '../model/analysis';
import type { FeatureSet, HandshakeState, HandshakeType } from '../model/types';
import { FEATURE_SETS, HANDSHAKE_STATES, HANDSHAKE_TYPES } from '../schema/manifestSchema';
import { schemaAt } from '../schema/schemaAt';
import type { SchemaNode, StringSchema } from '../schema/types';
import { accountMarkdown } from './accountDocs';
import { actionMarkdown } from './actionDocs';
import { featureSetMarkdown } from './featureSetDocs';
import { handshakeStateMarkdown, handshakeTypeMarkdown } from './handshakeDocs';
import type { HoverContext } from './hoverAt';
import { code, paragraphs } from './markdown';
import { valuesText } from './keyDocs';
import { ouMarkdown, rootMarkdown } from './ouDocs';
import { principalMarkdown } from './principalDocs';
import { serviceLinkedRoleMarkdown } from './roleDocs';

export function valueHover(ctx: HoverContext): string | undefined {
  if (isKnownPrincipal(ctx.text) || ctx.text === ORGANIZATIONS_PRINCIPAL) return principalMarkdown(ctx.text);
  const schema = schemaAt(ctx.path);
  const text = stringSchemaOf(schema);
  if (!text) return schema ? describedValue(ctx, schema) : undefined;
  return specificHover(ctx, text) ?? serviceLinkedRoleMarkdown(ctx.text, ctx.manifest) ?? describedValue(ctx, text);
}

/** A list item or a one-value `stringOrList` is described by its item schema. */
function stringSchemaOf(schema: SchemaNode | undefined): StringSchema | undefined {
  if (schema?.type === 'string') return schema;
  return schema?.type === 'stringOrList' ? schema.items : undefined;
}

function specificHover(ctx: HoverContext, schema: StringSchema): string | undefined {
  switch (schema.kind) {
    case 'iamAction':
      return actionMarkdown(ctx.text);
    case 'accountRef':
      return accountHover(ctx);
    case 'ouPath':
      return ouMarkdown(ctx.text, ctx.manifest);
    case 'target':
      return ctx.text === 'Root' ? rootMarkdown(ctx.manifest) : (accountHover(ctx) ?? ouMarkdown(ctx.text, ctx.manifest));
  }
  return enumHover(ctx);
}

function accountHover(ctx: HoverContext): string | undefined {
  const account = ctx.analysis.accountsByKey.get(ctx.text);
  return account ? accountMarkdown(account, ctx.manifest, ctx.analysis) : undefined;
}

function enumHover(ctx: HoverContext): string | undefined {
  const key = ctx.path[ctx.path.length - 1];
  const inHandshake = ctx.path[0] === 'handshakes';
  if ((key === 'featureSet' || key === 'currentFeatureSet') && isOneOf(ctx.text, FEATURE_SETS)) return featureSetMarkdown(ctx.text as FeatureSet, ctx.analysis);
  if (inHandshake && key === 'type' && isOneOf(ctx.text, HANDSHAKE_TYPES)) return handshakeTypeMarkdown(ctx.text as HandshakeType);
  if (inHandshake && key === 'state' && isOneOf(ctx.text, HANDSHAKE_STATES)) return handshakeStateMarkdown(ctx.text as HandshakeState);
  return undefined;
}

function isOneOf(value: string, allowed: readonly string[]): boolean {
  return allowed.includes(value);
}

/** Any other value: what its key means (the same description as the key's hover). */
function describedValue(ctx: HoverContext, schema: SchemaNode): string {
  const key = [...ctx.path].reverse().find((segment): segment is string => typeof segment === 'string');
  return paragraphs(key ? `**${code(key)}**` : undefined, schema.description, valuesText(schema));
}
