/**
 * Value completion: enum values, `true`/`false`, and what a value refers to according to the
 * format (an account, an OU, an SCP target, an IAM action, a permission set), plus service
 * principals where a condition compares them.
 */
import { ORGANIZATIONS_SLR } from '../../data/catalog';
import { featureSetMarkdown } from '../hover/featureSetDocs';
import { handshakeStateMarkdown, handshakeTypeMarkdown } from '../hover/handshakeDocs';
import { principalMarkdown } from '../hover/principalDocs';
import type { FeatureSet, HandshakeState, HandshakeType } from '../model/types';
import { schemaAt } from '../schema/schemaAt';
import type { SchemaNode, StringSchema } from '../schema/types';
import { actionSpecs } from './actionItems';
import { principalSpecs } from './catalogItems';
import { CompletionItemKind, yamlString } from './items';
import type { ItemContext, ItemSpec } from './items';
import { accountSpecs, ouSpecs, permissionSetSpecs, targetSpecs } from './referenceItems';
import type { Specs } from './referenceItems';

/** Condition keys whose values are service principals. */
const PRINCIPAL_CONDITION_KEYS = ['organizations:serviceprincipal', 'iam:awsservicename'];

export function valueSpecs(ctx: ItemContext): Specs {
  const schema = schemaAt(ctx.site.path);
  const key = lastKey(ctx.site.path);
  if (schema?.type === 'boolean') return complete(['true', 'false'].map((value) => ({ label: value, kind: CompletionItemKind.Keyword, insert: value })));
  const item = stringItems(schema);
  if (!item) return complete([]);
  if (ctx.site.path.includes('Condition') && PRINCIPAL_CONDITION_KEYS.includes(key.toLowerCase())) return complete(conditionPrincipals(ctx, key));
  if (ctx.site.path[0] === 'identityCenter' && key === 'permissionSet') return permissionSetSpecs(ctx);
  if (item.enum) return complete(item.enum.map((value) => enumSpec(ctx, key, value, item)));
  switch (item.kind) {
    case 'accountRef':
      return accountSpecs(ctx, { members: key === 'delegatedAdministrator' });
    case 'ouPath':
      return ouSpecs(ctx);
    case 'target':
      return targetSpecs(ctx);
    case 'iamAction':
      return actionSpecs(ctx);
    default:
      return complete([]);
  }
}

function complete(specs: ItemSpec[]): Specs {
  return { specs, incomplete: false };
}

function stringItems(schema: SchemaNode | undefined): StringSchema | undefined {
  if (schema?.type === 'string') return schema;
  return schema?.type === 'stringOrList' ? schema.items : undefined;
}

function lastKey(path: readonly (string | number)[]): string {
  return [...path].reverse().find((segment): segment is string => typeof segment === 'string') ?? '';
}

function enumSpec(ctx: ItemContext, key: string, value: string, schema: StringSchema): ItemSpec {
  return { label: value, kind: CompletionItemKind.EnumMember, documentation: enumDocs(ctx, key, value) ?? schema.description, insert: yamlString(value) };
}

function enumDocs(ctx: ItemContext, key: string, value: string): string | undefined {
  if (key === 'featureSet' || key === 'currentFeatureSet') return featureSetMarkdown(value as FeatureSet, ctx.analysis);
  if (ctx.site.path[0] !== 'handshakes') return undefined;
  if (key === 'type') return handshakeTypeMarkdown(value as HandshakeType);
  return key === 'state' ? handshakeStateMarkdown(value as HandshakeState) : undefined;
}

/** `iam:AWSServiceName` may also name Organizations itself (the role it re-creates). */
function conditionPrincipals(ctx: ItemContext, key: string): ItemSpec[] {
  const specs = principalSpecs(ctx, false);
  if (key.toLowerCase() !== 'iam:awsservicename') return specs;
  const organizations: ItemSpec = {
    label: ORGANIZATIONS_SLR.principal,
    kind: CompletionItemKind.Module,
    detail: 'AWS Organizations',
    documentation: principalMarkdown(ORGANIZATIONS_SLR.principal),
    insert: ORGANIZATIONS_SLR.principal,
  };
  return [organizations, ...specs];
}
