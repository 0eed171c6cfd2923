/**
 * ORG001 messages: yaml's description of the error plus what to do about it, by error code.
 */
const ADVICE: Readonly<Record<string, string>> = {
  BAD_INDENT: 'Align this line with its siblings, or indent it under its parent.',
  TAB_AS_INDENT: 'Indent with spaces: YAML does not allow tabs for indentation.',
  MISSING_CHAR: 'Add the missing character.',
  BLOCK_AS_IMPLICIT_KEY: 'Start the nested mapping on a new, indented line.',
  MULTILINE_IMPLICIT_KEY: 'Write the key on one line, followed by `:`.',
  UNEXPECTED_TOKEN: 'Remove or quote the unexpected text.',
  BAD_SCALAR_START: 'Quote the value.',
  TAG_RESOLVE_FAILED: 'Remove the tag: a manifest is plain data and custom or language-specific tags are not supported.',
  BAD_ALIAS: 'Give the alias a valid anchor name.',
  DUPLICATE_KEY: 'Remove or rename one of the keys.',
  IMPOSSIBLE: 'Check the YAML syntax around here.',
  BAD_DIRECTIVE: 'Remove the directive: a manifest needs none.',
  BAD_DQ_ESCAPE: 'Fix the escape sequence in the double-quoted string.',
};

export function syntaxMessage(code: string, message: string): string {
  const text = message.replace(/\s+/g, ' ').trim().replace(/\.?$/, '.');
  const advice = ADVICE[code] ?? 'Fix the YAML syntax here.';
  return `YAML syntax error: ${text} ${advice}`;
}
