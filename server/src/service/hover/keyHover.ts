/** Hover on a key: what the key is (schema description), or, for keys that name things, the thing. */
import { childSchema, schemaAt } from '../schema/schemaAt';
import type { MapSchema } from '../schema/types';
import { suggestPrincipals } from '../rules/trustedServices';
import { suggest } from '../util/didYouMean';
import { allServiceLinkedRoleNames } from '../../data/catalog';
import { accountMarkdown } from './accountDocs';
import type { HoverContext } from './hoverAt';
import { mapKeyMarkdown, propertyMarkdown } from './keyDocs';
import { code, paragraphs } from './markdown';
import { ouMarkdown } from './ouDocs';
import { principalMarkdown } from './principalDocs';
import { serviceLinkedRoleMarkdown } from './roleDocs';

export function keyHover(ctx: HoverContext): string | undefined {
  const parent = schemaAt(ctx.path.slice(0, -1));
  if (!parent) return undefined;
  if (parent.type === 'map') return namedKeyHover(ctx, parent);
  const property = childSchema(parent, ctx.text);
  if (!property) return undefined;
  const owner = parent.type === 'objectOrList' ? parent.items : parent;
  return owner.type === 'object' ? propertyMarkdown(ctx.text, property, owner) : undefined;
}

function namedKeyHover(ctx: HoverContext, map: MapSchema): string {
  switch (map.keyKind) {
    case 'principal':
      return principalMarkdown(ctx.text) ?? unknownName(ctx.text, map, 'service principal', suggestPrincipals(ctx.text));
    case 'slrName': {
      const candidates = () => suggest(ctx.text, allServiceLinkedRoleNames());
      return serviceLinkedRoleMarkdown(ctx.text, ctx.manifest) ?? unknownName(ctx.text, map, 'service-linked role', candidates());
    }
    case 'accountKey': {
      const account = ctx.analysis.accountsByKey.get(ctx.text);
      return account ? accountMarkdown(account, ctx.manifest, ctx.analysis) : mapKeyMarkdown(ctx.text, map);
    }
    case 'ouName':
      return ouMarkdown(ouPathOf(ctx), ctx.manifest) ?? mapKeyMarkdown(ctx.text, map);
    default:
      return mapKeyMarkdown(ctx.text, map);
  }
}

/** `organizationalUnits.Workloads.Prod` → `Workloads/Prod`. */
function ouPathOf(ctx: HoverContext): string {
  return ctx.path.slice(1).join('/');
}

function unknownName(name: string, map: MapSchema, what: string, candidates: readonly string[]): string {
  const hint = candidates[0] ? ` Did you mean ${code(candidates[0])}?` : '';
  return paragraphs(mapKeyMarkdown(name, map), `This is not a known ${what}.${hint}`);
}
