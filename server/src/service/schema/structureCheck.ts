/**
 * ORG002 (structure) and ORG003 (duplicate keys): walks the YAML tree against the manifest schema.
 * Every problem is reported and the walk goes on, so one mistake never hides the rest of the file.
 * Linear in the size of the document: duplicate keys are found with one Set per mapping.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { Pair, YAMLMap } from 'yaml';
import type { Report } from '../findings';
import { asScalar, describeNode, isNullNode, keySpan, keyText, resolve, spanOf } from '../parse/ast';
import type { WalkContext, YamlNode } from '../parse/ast';
import type { AccountsStructure, CheckHooks } from '../incremental/accountHooks';
import type { Span } from '../text/span';
import { TouchIndex } from '../text/touchIndex';
import { suggest } from '../util/didYouMean';
import type { MapSchema, ObjectSchema, SchemaNode, StringSchema } from './types';

interface Place {
  /** Human-readable path for messages, e.g. `accounts.payments.administrator`. */
  readonly path: string;
  /** Where a missing key of this node is reported: the node's own key (SPEC: "on its parent's key"). */
  readonly keySpan: Span;
}

export function checkStructure(root: YamlNode | null, schema: ObjectSchema, ctx: WalkContext, report: Report, hooks?: CheckHooks): void {
  const checker = new StructureChecker(ctx, report, hooks);
  checker.check(root, schema, { path: '', keySpan: documentStartSpan(root) });
}

function documentStartSpan(root: YamlNode | null): Span {
  const start = root?.range?.[0] ?? 0;
  return { start, end: start };
}

class StructureChecker {
  private readonly report: Report;
  /** Where findings go: the caller's report, or an account's own list while its value is checked. */
  private sink: Report;
  private budgetReported = false;
  /** The document's syntax errors (garbage input has thousands). */
  private readonly syntaxErrors: TouchIndex;

  constructor(
    private readonly ctx: WalkContext,
    report: Report,
    private readonly hooks?: CheckHooks,
  ) {
    this.sink = report;
    this.syntaxErrors = new TouchIndex(ctx.doc.errors.map((e) => ({ start: e.pos[0], end: e.pos[1] })));
    // A structure problem that touches a YAML syntax error is that error's echo (a key swallowed by
    // a bad indent, a half-written flow list): ORG001 already reports the one fault there.
    this.report = (f) => (f.code === 'ORG002' && this.syntaxErrors.touches(f.span) ? undefined : this.sink(f));
  }

  check(raw: YamlNode | null, schema: SchemaNode, place: Place): void {
    const r = resolve(raw, this.ctx);
    if (!r.ok) {
      this.aliasProblem(raw, r.reason, place);
      return;
    }
    const node = r.node;
    if (isNullNode(node) && schema.nullable) return;
    switch (schema.type) {
      case 'object':
        if (isMap(node)) this.checkObject(node as YAMLMap<unknown, unknown>, schema, place);
        else this.wrongType(node, raw, 'a mapping', place);
        return;
      case 'map':
        if (isMap(node)) this.checkMap(node as YAMLMap<unknown, unknown>, schema, place);
        else this.wrongType(node, raw, 'a mapping', place);
        return;
      case 'array':
        if (isSeq(node)) this.checkItems(node.items, schema.items, place);
        else this.wrongType(node, raw, 'a list', place);
        return;
      case 'string':
        this.checkString(node, raw, schema, place);
        return;
      case 'boolean':
        if (!(isScalar(node) && typeof node.value === 'boolean')) this.wrongType(node, raw, '`true` or `false`', place);
        return;
      case 'stringOrList':
        if (isSeq(node)) this.checkItems(node.items, schema.items, place);
        else this.checkString(node, raw, schema.items, place, 'a string or a list of strings');
        return;
      case 'objectOrList':
        if (isSeq(node)) this.checkItems(node.items, schema.items, place);
        else if (isMap(node)) this.checkObject(node as YAMLMap<unknown, unknown>, schema.items, place);
        else this.wrongType(node, raw, 'a mapping or a list of mappings', place);
        return;
    }
  }

  /**
   * A list item has no key of its own: its findings about missing keys go on the item's first line
   * (the narrowest place that tells one entry from the next), and its path carries its index.
   */
  private checkItems(items: readonly unknown[], schema: SchemaNode, place: Place): void {
    items.forEach((item, index) => {
      const span = firstLine(trimEnd(spanOf(item as YamlNode, place.keySpan), this.ctx.text), this.ctx.text);
      this.check(item as YamlNode, schema, { path: `${place.path}[${index}]`, keySpan: span });
    });
  }

  private checkObject(map: YAMLMap<unknown, unknown>, schema: ObjectSchema, place: Place): void {
    const seen = this.checkKeys(map, place);
    const allowed = Object.keys(schema.properties);
    // Keys that a misspelt key was taken for: their absence is that one fault, already reported.
    const misspelt = new Set<string>();
    for (const pair of map.items) {
      const key = keyText(pair);
      if (key === undefined || !seen.firstPairs.has(pair)) continue;
      const property = schema.properties[key];
      const span = keySpan(pair, place.keySpan);
      const childPath = place.path ? `${place.path}.${key}` : key;
      if (property) {
        const check = () => this.check(pair.value as YamlNode, property, { path: childPath, keySpan: span });
        // A top-level section other than the accounts (which have their own hook) is cached whole.
        if (this.hooks && place.path === '' && key !== 'accounts') this.hooks.sectionStructure(pair, (report) => this.reportingTo(report, check), this.sink);
        else check();
        continue;
      }
      const candidates = suggest(key, allowed.filter((k) => !seen.keys.has(k)));
      if (candidates[0] !== undefined) misspelt.add(candidates[0]);
      const where = place.path ? `\`${place.path}\`` : 'the top level of the manifest';
      const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : ` Allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}.`;
      this.report({
        code: 'ORG002',
        span,
        message: `Unknown key \`${key}\` in ${where}.${hint}`,
        data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
      });
    }
    for (const required of schema.required ?? []) {
      if (seen.keys.has(required) || misspelt.has(required)) continue;
      const where = place.path ? `\`${place.path}\`` : 'The manifest';
      this.report({
        code: 'ORG002',
        span: place.keySpan,
        message: `${where} is missing the required key \`${required}\`. Add \`${required}:\` (${firstSentence(schema.properties[required]?.description)}).`,
      });
    }
  }

  private checkMap(map: YAMLMap<unknown, unknown>, schema: MapSchema, place: Place): void {
    const values = schema.values();
    const checkValue = (pair: Pair<unknown, unknown>) => {
      const key = keyText(pair)!;
      this.check(pair.value as YamlNode, values, { path: place.path ? `${place.path}.${key}` : key, keySpan: keySpan(pair, place.keySpan) });
    };
    if (schema.keyKind === 'accountKey' && this.hooks) {
      const parts: AccountsStructure = {
        keys: (report) => {
          let first: ReadonlySet<Pair<unknown, unknown>> = new Set();
          this.reportingTo(report, () => (first = this.checkKeys(map, place).firstPairs));
          return first;
        },
        account: (pair, report) => this.reportingTo(report, () => checkValue(pair)),
      };
      this.hooks.accountsStructure(map, parts, this.sink);
      return;
    }
    const seen = this.checkKeys(map, place);
    for (const pair of map.items) if (keyText(pair) !== undefined && seen.firstPairs.has(pair)) checkValue(pair);
  }

  /** Runs `work` with findings going to `report` (one account's list), then restores the sink. */
  private reportingTo(report: Report, work: () => void): void {
    const outer = this.sink;
    this.sink = report;
    try {
      work();
    } finally {
      this.sink = outer;
    }
  }

  /** Reports non-scalar and duplicate keys (ORG003); returns the keys seen and the first pair of each. */
  private checkKeys(map: YAMLMap<unknown, unknown>, place: Place): { keys: ReadonlyMap<string, unknown>; firstPairs: Set<Pair<unknown, unknown>> } {
    const firstByKey = new Map<string, Pair<unknown, unknown>>();
    const firstPairs = new Set<Pair<unknown, unknown>>();
    for (const pair of map.items) {
      const key = keyText(pair);
      if (key === undefined) {
        this.report({ code: 'ORG002', span: keySpan(pair, place.keySpan), message: 'Keys must be plain strings. Replace this complex key with a name.' });
        continue;
      }
      const first = firstByKey.get(key);
      if (first) {
        const span = keySpan(pair, place.keySpan);
        this.report({
          code: 'ORG003',
          span,
          message: `Duplicate key \`${key}\`${place.path ? ` in \`${place.path}\`` : ''}: only the first one counts. Remove or rename this one.`,
          related: [{ span: keySpan(first, span), message: `\`${key}\` is first defined here.` }],
        });
        continue;
      }
      firstByKey.set(key, pair);
      firstPairs.add(pair);
    }
    return { keys: firstByKey, firstPairs };
  }

  private checkString(node: YamlNode | null, raw: YamlNode | null, schema: StringSchema, place: Place, expected = 'a string'): void {
    const scalar = asScalar(node);
    const value = scalar?.value;
    if (typeof value === 'string') {
      if (schema.enum && !schema.enum.includes(value)) this.badEnum(value, spanOf(raw, place.keySpan), schema.enum, place);
      return;
    }
    if (scalar && (typeof value === 'number' || typeof value === 'bigint') && schema.numberHandledByRule) return;
    if (scalar && value !== null && schema.anyScalar) return;
    if (schema.enum && scalar && value !== null && value !== undefined) {
      this.badEnum(String(value), spanOf(raw, place.keySpan), schema.enum, place);
      return;
    }
    this.wrongType(node, raw, schema.enum ? `one of ${schema.enum.map((v) => `\`${v}\``).join(', ')}` : expected, place);
  }

  private badEnum(value: string, span: Span, allowed: readonly string[], place: Place): void {
    const candidates = suggest(value, allowed);
    const hint = candidates.length > 0 ? ` Did you mean \`${candidates[0]}\`?` : '';
    this.report({
      code: 'ORG002',
      span,
      message: `\`${value}\` is not a valid value for \`${place.path}\`: use one of ${allowed.map((v) => `\`${v}\``).join(', ')}.${hint}`,
      data: candidates.length > 0 ? { kind: 'replaceWith', candidates } : undefined,
    });
  }

  private wrongType(node: YamlNode | null, raw: YamlNode | null, expected: string, place: Place): void {
    const untrimmed = raw?.range ? spanOf(raw, place.keySpan) : place.keySpan;
    if (this.syntaxErrors.touches(untrimmed)) return;
    const span = trimEnd(untrimmed, this.ctx.text);
    const actual = describeNode(node);
    this.report({
      code: 'ORG002',
      span: span.end > span.start ? span : place.keySpan,
      message: `${place.path ? `\`${place.path}\`` : 'The manifest'} must be ${expected}, but it is ${actual}. Change it to ${expected}.`,
    });
  }

  private aliasProblem(raw: YamlNode | null, reason: 'unresolved' | 'budget' | 'cycle', place: Place): void {
    // An alias bomb runs out of budget at thousands of aliases: saying so once is enough.
    if (reason === 'budget' && this.budgetReported) return;
    this.budgetReported ||= reason === 'budget';
    const span = spanOf(raw, place.keySpan);
    const name = raw ? String((raw as { source?: string }).source ?? '') : '';
    const messages = {
      unresolved: `The alias \`${name}\` has no anchor before it. Define \`&name\` on a node above, or write the value out.`,
      cycle: `The alias \`${name}\` refers to a node that contains it, so its value would never end. Write the value out instead.`,
      budget:
        'Too many aliases to follow in this file (the `orgManifest.maxAliasCount` setting); the rest of the aliased values are not checked. Write the values out instead of using aliases, or raise the setting.',
    };
    this.report({ code: 'ORG001', span, message: messages[reason] });
  }
}

function firstSentence(description: string | undefined): string {
  if (!description) return 'see the format documentation';
  const end = description.indexOf('. ');
  const sentence = end >= 0 ? description.slice(0, end) : description.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** A block collection's range runs on to the next line; the finding ends with its last character. */
function trimEnd(span: Span, text: string): Span {
  let end = span.end;
  while (end > span.start && /\s/.test(text.charAt(end - 1))) end--;
  return { start: span.start, end };
}

function firstLine(span: Span, text: string): Span {
  const newline = text.indexOf('\n', span.start);
  return newline < 0 || newline >= span.end ? span : trimEnd({ start: span.start, end: newline }, text);
}
