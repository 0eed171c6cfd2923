/**
 * ORG305 — **Enable trusted access for `<principal>`**: adds `<principal>: {}` under `trustedAccess`
 * (adding `trustedAccess` itself when absent), or removes the `enabled: false` that turns it off.
 */
import { isScalar } from 'yaml';
import type { Finding } from '../../findings';
import { keyText } from '../../parse/ast';
import { replaceScalar } from '../scalarEdits';
import { formatScalar, layoutOf } from '../fragment';
import { addEntry, fillEmptyValue, removePairs } from '../mapEdits';
import { findPair, hasEmptyValue, isFlow, mapValue, scalarValue } from '../nodes';
import type { YamlMap, YamlPair } from '../nodes';
import type { Fix, FixContext, TextChange } from '../types';
import { code, makeFix, rootMap } from './shared';

export function enableTrustedAccessFixes(finding: Finding, ctx: FixContext): Fix[] {
  if (finding.data?.kind !== 'enableTrustedAccess') return [];
  const { principal } = finding.data;
  const root = rootMap(ctx);
  if (!root) return [];
  const changes = enablingChanges(ctx, root, principal);
  // Not for fix-all: enabling an integration changes what the organization allows; the user decides.
  return makeFix(ctx, `Enable trusted access for ${code(principal)}`, changes ? [...changes] : undefined, { isPreferred: true, safe: false });
}

function enablingChanges(ctx: FixContext, root: YamlMap, principal: string): readonly (TextChange | undefined)[] | undefined {
  const style = ctx.style();
  const key = formatScalar(principal, style.quote);
  const section = findPair(root, 'trustedAccess');
  if (!section) {
    const inFlow = isFlow(root);
    return [addEntry(ctx.text, root, 'trustedAccess', { entries: [[key, '{}']], flow: inFlow }, layoutOf(style))];
  }
  if (hasEmptyValue(section)) return [fillEmptyValue(ctx.text, section, [[key, '{}']], layoutOf(style), isFlow(root))];
  const services = mapValue(section);
  if (!services) return undefined;
  const entry = findPair(services, principal);
  if (entry) return removeDisable(ctx, entry);
  // `SSO.amazonaws.com` is this principal mistyped (ORG301): it is corrected rather than doubled.
  const misspelt = services.items.find((pair) => keyText(pair)?.toLowerCase() === principal.toLowerCase());
  if (!misspelt) return [addEntry(ctx.text, services, key, '{}', layoutOf(style))];
  const rename = isScalar(misspelt.key) ? replaceScalar(misspelt.key, principal, isFlow(services)) : undefined;
  return [rename, ...(removeDisable(ctx, misspelt) ?? [])];
}

/** The entry exists: its `enabled: false` goes (the default is enabled). */
function removeDisable(ctx: FixContext, entry: YamlPair): readonly TextChange[] | undefined {
  const settings = mapValue(entry);
  const enabled = findPair(settings, 'enabled');
  if (!settings || !enabled || scalarValue(enabled)?.value !== false) return undefined;
  return removePairs(ctx.text, settings, [enabled], entry, ctx.style().eol);
}

