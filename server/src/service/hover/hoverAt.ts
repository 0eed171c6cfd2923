/**
 * What to show on hover at an offset: finds the key or value there (../parse/locate.ts), reads what
 * the format says it is (../schema/schemaAt.ts), and picks the matching description. Pure: offsets
 * in, Markdown and a span out.
 */
import { isScalar } from 'yaml';
import type { CheckResult } from '../check';
import type { Analysis } from '../model/analysis';
import type { Manifest } from '../model/types';
import { locate } from '../parse/locate';
import type { PathSegment } from '../parse/locate';
import type { YamlNode } from '../parse/ast';
import type { Span } from '../text/span';
import { keyHover } from './keyHover';
import { valueHover } from './valueHover';

export interface HoverContext {
  readonly manifest: Manifest;
  readonly analysis: Analysis;
  /** Path to the hovered key or value (for a key: the path of its value). */
  readonly path: readonly PathSegment[];
  /** The hovered scalar's value as text. */
  readonly text: string;
}

export interface HoverResult {
  readonly markdown: string;
  readonly span: Span;
}

export function hoverAt(result: CheckResult, offset: number): HoverResult | undefined {
  const root = result.document?.contents as YamlNode | null | undefined;
  if (!root || !result.manifest || !result.analysis) return undefined;
  const location = locate(root, offset);
  const node = location.node;
  if (location.kind === 'none' || !isScalar(node) || !node.range || node.value === null) return undefined;
  const ctx: HoverContext = { manifest: result.manifest, analysis: result.analysis, path: location.path, text: String(node.value) };
  const markdown = location.kind === 'key' ? keyHover(ctx) : valueHover(ctx);
  return markdown ? { markdown, span: { start: node.range[0], end: node.range[1] } } : undefined;
}
