import type { Rule } from './types';

/** AWS allows at most five levels of OUs below the root. */
export const MAX_OU_DEPTH = 5;

/** ORG505: OU nesting deeper than 5 levels. Reported once, on the first OU that is too deep. */
export const org505: Rule = {
  code: 'ORG505',
  title: 'OU nesting deeper than 5 levels',
  defaultSeverity: 'error',
  check({ manifest, report }) {
    for (const ou of manifest.organizationalUnits) {
      if (ou.depth !== MAX_OU_DEPTH + 1) continue;
      report({
        span: ou.keySpan,
        message: `OU \`${ou.path}\` is ${ou.depth} levels below the root; AWS Organizations allows at most ${MAX_OU_DEPTH}. Move it (and the OUs under it) higher up.`,
      });
    }
  },
};
