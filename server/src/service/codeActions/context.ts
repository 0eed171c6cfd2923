/** Builds the context fix providers read: the text, its check, and the file's style on demand. */
import type { CheckResult } from '../check';
import type { YamlNode } from '../parse/ast';
import { detectStyle } from './style';
import type { DocumentStyle } from './style';
import type { FixContext } from './types';

export function fixContext(text: string, check: CheckResult): FixContext {
  let style: DocumentStyle | undefined;
  return {
    text,
    check,
    style: () => (style ??= detectStyle(text, (check.document?.contents as YamlNode | null | undefined) ?? null)),
  };
}
