// Builds syntaxes/org-manifest.tmLanguage.json, the grammar VS Code loads, from the rules below.
//   node syntaxes/build-grammar.mjs           writes the JSON
//   node syntaxes/build-grammar.mjs --check   exits 1 when the JSON is not what this file builds
//
// How it works. YAML (`source.yaml`) does all the highlighting; org-manifest scopes are added by
// left-priority injections, never by rules of our own that could take YAML's place. Two YAML grammars
// matter, and they need different tactics:
// - VS Code's own (RedCMD's YAML grammar, which current VS Code bundles; checked with 1.100) opens
//   every plain scalar with a zero-width rule and tracks indentation in begin/while rules, so we must
//   never take a token it would open a rule on. We only look *inside* its scalars and comments: at
//   the scalar's start (`\G`), matching the whole scalar, so YAML's scopes stay and ours sit innermost.
// - The TextMate YAML grammar (older VS Code, and tm-grammars, which the tests use) consumes the first
//   character of a plain scalar when it opens it, so nothing can be injected inside one. Where it is
//   in use (no `meta.stream.yaml` on the stack) we claim whole plain scalars before YAML opens them and
//   restate the scopes YAML would have given them. Those claims never match at a line's first column:
//   that is where VS Code's grammar opens `meta.stream.yaml` on the first line.
// Either way, with the `.org-manifest` scopes removed the tokens are exactly YAML's; test/grammar
// checks that on every fixture.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('./org-manifest.tmLanguage.json', import.meta.url));

// What we recognise.
const PRINCIPAL = String.raw`[\w-]+(?:\.[\w-]+)*\.amazonaws\.com`;
const SLR = String.raw`AWSServiceRoleFor\w+`;
const ENUMS = [
  ['featureSet|currentFeatureSet', 'ALL|CONSOLIDATED_BILLING'],
  ['joined', 'created|invited'],
  ['Effect', 'Allow|Deny'],
  ['type', 'INVITE|ENABLE_ALL_FEATURES|APPROVE_ALL_FEATURES|ADD_ORGANIZATIONS_SERVICE_LINKED_ROLE|TRANSFER_RESPONSIBILITY'],
  ['state', 'REQUESTED|OPEN|CANCELED|ACCEPTED|DECLINED|EXPIRED'],
];

// Where a scalar ends: as a value (block context, or inside { } / [ ]) and as a key.
const END = String.raw`(?=[ \t]*$|[ \t]+#)`;
const FLOW_END = String.raw`(?=[ \t]*$|[ \t]+#|[ \t]*[\],}])`;
const KEY_END = String.raw`(?=[ \t]*:(?:[ \t]|$))`;
const FLOW_KEY_END = String.raw`(?=[ \t]*:(?:[ \t]|$|[\],\[{}]))`;
// Where a scalar starts: never at a line's first column (see above), and not inside another scalar.
const START = String.raw`(?<=[ \t])`;
const FLOW_START = String.raw`(?<=[ \t\[{,])`;
const INSIDE_START = String.raw`\G(?<![^ \t\[{,])`;
const QUOTED_START = String.raw`\G(?<=["'])`;
const QUOTED_END = `(?=["'])`;

/**
 * Right after `key: ` (plain or quoted key), as lookbehind: how enum values know their key. Oniguruma
 * (VS Code's regex engine) allows variable-length lookbehind.
 */
const after = (keys, quote = '') => String.raw`(?<=(?:^|[\s{,])(?:${keys}|"(?:${keys})"|'(?:${keys})')[ \t]*:[ \t]+${quote})`;

// YAML's own scopes, restated where a TextMate-YAML scalar is claimed.
const KEY = 'string.unquoted.plain.out.yaml entity.name.tag.yaml';
const VALUE = 'string.unquoted.plain.out.yaml';
const FLOW_KEY = 'meta.flow-pair.key.yaml string.unquoted.plain.in.yaml entity.name.tag.yaml';
const FLOW_VALUE = 'string.unquoted.plain.in.yaml';

// Ours.
const S_PRINCIPAL = 'entity.name.type.service-principal.org-manifest';
const S_SLR = 'entity.name.function.service-linked-role.org-manifest';
const S_ENUM = 'constant.language.enum.org-manifest';
const S_API = 'support.constant.api-version.org-manifest';
const S_ACCOUNT = 'constant.numeric.account-id.org-manifest';
const S_UNQUOTED_ID = 'invalid.deprecated.account-id.org-manifest';

const join = (...scopes) => scopes.filter(Boolean).join(' ');

const IAM_ACTION = String.raw`([A-Za-z][A-Za-z0-9*?-]*)(:)([A-Za-z0-9*?]+)`;
const IAM_CAPTURES = {
  1: { name: 'support.type.iam-service.org-manifest' },
  2: { name: 'punctuation.separator.iam-action.org-manifest' },
  3: { name: 'support.function.iam-action.org-manifest' },
};

/** Values whose meaning comes from their key: [comment, lookbehind for the key, values, scope]. */
function keyedValues(quote = '') {
  return [
    ['apiVersion: orgmanifest/v1', after('apiVersion', quote), 'orgmanifest/v1', S_API],
    ...ENUMS.map(([keys, values]) => [`${keys}: ${values}`, after(keys, quote), values, S_ENUM]),
    ['AWSServiceRoleForX: present|deleted', after(SLR, quote), 'present|deleted', S_ENUM],
  ];
}

/**
 * The rules for plain scalars. `start` and the end lookaheads place them; `plain`/`key` are the YAML
 * scopes to restate (TextMate YAML) or nothing (inside VS Code's scalars, which keep their own);
 * `integer` is how that YAML scopes an unquoted 12-digit number.
 */
function plainScalars({ start, end, keyEnd, plain, key, integer }) {
  return [
    ...keyedValues().map(([comment, lookbehind, values, scope]) => ({
      comment,
      match: `${start}${lookbehind}(?:${values})${end}`,
      name: join(plain, scope),
    })),
    { comment: 'a service principal as a key (trustedAccess)', match: `${start}${PRINCIPAL}${keyEnd}`, name: join(key, S_PRINCIPAL) },
    { comment: 'a service-linked role name as a key (serviceLinkedRoles)', match: `${start}${SLR}${keyEnd}`, name: join(key, S_SLR) },
    { match: `${start}${PRINCIPAL}${end}`, name: join(plain, S_PRINCIPAL) },
    { match: `${start}${SLR}${end}`, name: join(plain, S_SLR) },
    { match: `${start}${IAM_ACTION}${end}`, ...(plain ? { name: plain } : {}), captures: IAM_CAPTURES },
    { comment: 'ORG502: an account ID must be a quoted string', ...integer(start, end) },
  ];
}

/** TextMate YAML reads 012345678901 as a string (8 and 9 are not octal digits): keep its reading underneath. */
const textMateInteger = (plain) => (start, end) => ({
  match: String.raw`${start}(?:([1-9]\d{11}|0[0-7]{11})|(\d{12}))${end}`,
  captures: {
    1: { name: join('constant.numeric.integer.yaml', S_UNQUOTED_ID) },
    2: { name: join(plain, S_UNQUOTED_ID) },
  },
});
/** VS Code's YAML (1.2 core schema) scopes any run of digits as a decimal integer. */
const vscodeInteger = (start, end) => ({
  match: String.raw`${start}\d{12}${end}`,
  name: join('constant.numeric.integer.decimal.yaml', S_UNQUOTED_ID),
});

const repository = {
  'textmate-block': {
    comment: 'TextMate YAML, block context: claim whole plain scalars, restating their YAML scopes',
    patterns: plainScalars({ start: START, end: END, keyEnd: KEY_END, plain: VALUE, key: KEY, integer: textMateInteger(VALUE) }),
  },
  'textmate-flow': {
    comment: 'TextMate YAML, inside { } and [ ]: the same',
    patterns: plainScalars({
      start: FLOW_START,
      end: FLOW_END,
      keyEnd: FLOW_KEY_END,
      plain: FLOW_VALUE,
      key: FLOW_KEY,
      integer: textMateInteger(FLOW_VALUE),
    }),
  },
  'inside-block-scalar': {
    comment: "VS Code's YAML, block context: from the start of a plain scalar, the whole scalar",
    patterns: plainScalars({ start: INSIDE_START, end: END, keyEnd: KEY_END, integer: vscodeInteger }),
  },
  'inside-flow-scalar': {
    comment: "VS Code's YAML, inside { } and [ ]: the same",
    patterns: plainScalars({ start: INSIDE_START, end: FLOW_END, keyEnd: FLOW_KEY_END, integer: vscodeInteger }),
  },
  'quoted-content': {
    comment: 'both YAML grammars: the whole content of a quoted scalar',
    patterns: [
      ...keyedValues(`["']`).map(([comment, lookbehind, values, scope]) => ({
        comment,
        match: `${QUOTED_START}${lookbehind}(?:${values})${QUOTED_END}`,
        name: scope,
      })),
      { match: `${QUOTED_START}${PRINCIPAL}${QUOTED_END}`, name: S_PRINCIPAL },
      { match: `${QUOTED_START}${SLR}${QUOTED_END}`, name: S_SLR },
      { match: `${QUOTED_START}${IAM_ACTION}${QUOTED_END}`, captures: IAM_CAPTURES },
      { match: String.raw`${QUOTED_START}\d{12}${QUOTED_END}`, name: S_ACCOUNT },
    ],
  },
  'suppression-comment': {
    comment: 'like the server: the directive follows a `#` that opens a comment (line start or after a space)',
    begin: String.raw`(?<=^#|[ \t]#)[ \t]*(org-manifest-disable-next-line)(?=[ \t]|$)`,
    beginCaptures: { 1: { name: 'keyword.other.directive.org-manifest' } },
    end: '$',
    name: 'meta.directive.suppression.org-manifest',
    patterns: [
      { include: '#suppression-until' },
      {
        comment: 'the reason: free text, where only a final `until` counts',
        begin: String.raw`(?<=[ \t])--(?=[ \t]|$)`,
        beginCaptures: { 0: { name: 'punctuation.separator.reason.org-manifest' } },
        end: '$',
        patterns: [{ include: '#suppression-until' }],
      },
      { match: String.raw`\bORG\d{3}\b`, name: 'constant.other.rule-code.org-manifest' },
      { match: ',', name: 'punctuation.separator.comma.org-manifest' },
    ],
  },
  'suppression-until': {
    comment: 'like the server: `until` and one word at the end of the line; a word that is not YYYY-MM-DD is flagged',
    match: String.raw`\b(until)[ \t]+(?:(\d{4}-\d{2}-\d{2})|(\S+))(?=[ \t]*$)`,
    captures: {
      1: { name: 'keyword.other.until.org-manifest' },
      2: { name: 'constant.other.date.org-manifest' },
      3: { name: 'invalid.illegal.date.org-manifest' },
    },
  },
};

const ROOT = 'L:source.org-manifest';
// TextMate YAML names its collections meta.flow-sequence/-mapping; VS Code's has meta.stream.yaml throughout.
const TEXTMATE = '-meta.stream.yaml -comment -string';
const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'Org Manifest',
  scopeName: 'source.org-manifest',
  comment: 'Generated by syntaxes/build-grammar.mjs, which explains how it works; edit that file, then run `node syntaxes/build-grammar.mjs`.',
  patterns: [{ include: 'source.yaml' }],
  injections: {
    [`${ROOT} ${TEXTMATE} -meta.flow-sequence.yaml -meta.flow-mapping.yaml`]: { patterns: [{ include: '#textmate-block' }] },
    [`${ROOT} meta.flow-sequence.yaml ${TEXTMATE}, ${ROOT} meta.flow-mapping.yaml ${TEXTMATE}`]: { patterns: [{ include: '#textmate-flow' }] },
    [`${ROOT} string.unquoted.plain -string.unquoted.plain.in -comment`]: { patterns: [{ include: '#inside-block-scalar' }] },
    [`${ROOT} string.unquoted.plain.in -comment`]: { patterns: [{ include: '#inside-flow-scalar' }] },
    [`${ROOT} string.quoted -comment`]: { patterns: [{ include: '#quoted-content' }] },
    [`${ROOT} comment`]: { patterns: [{ include: '#suppression-comment' }] },
  },
  repository,
};

const json = `${JSON.stringify(grammar, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUTPUT, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current.replace(/\r\n/g, '\n') !== json) {
    console.error(`${OUTPUT} is stale: run node syntaxes/build-grammar.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(OUTPUT, json);
}
