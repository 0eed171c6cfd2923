/**
 * The spans of top-level sections (`organization:`, `accounts:` …) and of `policies.serviceControlPolicies`,
 * read from the YAML tree: the model keeps key spans only, and the outline needs whole entries.
 * Only the first entry of a key counts, as in the model.
 */
import { isMap, isScalar } from 'yaml';
import type { Pair } from 'yaml';
import type { CheckResult } from '../check';
import { keySpan, keyText, pairSpan } from '../parse/ast';
import type { YamlNode } from '../parse/ast';
import type { Span } from '../text/span';

export interface SectionSpans {
  readonly keySpan: Span;
  /** The whole `key: value` entry. */
  readonly span: Span;
}

const NO_SPAN: Span = { start: 0, end: 0 };

/** Top-level entries by key, plus `policies/serviceControlPolicies` for the SCP section. */
export function sectionSpans(result: CheckResult): ReadonlyMap<string, SectionSpans> {
  const sections = new Map<string, SectionSpans>();
  const root = result.document?.contents as YamlNode | null | undefined;
  for (const pair of firstEntries(root)) {
    const key = keyText(pair)!;
    sections.set(key, { keySpan: keySpan(pair, NO_SPAN), span: pairSpan(pair, NO_SPAN) });
    if (key !== 'policies') continue;
    for (const inner of firstEntries(pair.value as YamlNode | null)) {
      if (keyText(inner) === 'serviceControlPolicies') {
        sections.set('policies/serviceControlPolicies', { keySpan: keySpan(inner, NO_SPAN), span: pairSpan(inner, NO_SPAN) });
      }
    }
  }
  return sections;
}

function* firstEntries(node: YamlNode | null | undefined): Generator<Pair<unknown, unknown>> {
  if (!isMap(node)) return;
  const seen = new Set<string>();
  for (const pair of node.items as Pair<unknown, unknown>[]) {
    const key = isScalar(pair.key) ? keyText(pair) : undefined;
    if (key === undefined || seen.has(key)) continue;
    seen.add(key);
    yield pair;
  }
}
