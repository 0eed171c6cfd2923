/**
 * Each limit and its diagnostic (issue #9, "Done when": every limit has a test showing it): file
 * size, line length, nesting depth, alias count, the time budget, and tags that would construct
 * something. Limits report one informational ORG001 and set `incomplete`; below a limit the file
 * is checked as usual.
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, parseSettings } from '../../server/src/service';
import type { LanguageServiceOptions } from '../../server/src/service';
import { BASE, messageOf } from './corpus';

const INFORMATION = 3;

function validate(text: string, settings: unknown = {}, options: LanguageServiceOptions = {}) {
  const failures: unknown[] = [];
  const service = getLanguageService({ onCheckError: (_code, error) => failures.push(error), ...options });
  const document = TextDocument.create('file:///limits.org.yaml', 'org-manifest', 1, text);
  const parsed = parseSettings(settings);
  const diagnostics = service.doValidation(document, parsed);
  assert.deepEqual(failures, [], 'no check may fail');
  // The same settings object: the cached result of that very check, not a second one.
  return { diagnostics, result: service.check(document, parsed) };
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

function assertNotice(diagnostics: readonly Diagnostic[], pattern: RegExp, line = 0, character = 0): void {
  assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics.map(messageOf)));
  const [d] = diagnostics;
  assert.equal(d!.code, 'ORG001');
  assert.equal(d!.severity, INFORMATION);
  assert.deepEqual(d!.range.start, { line, character });
  assert.match(messageOf(d!), pattern);
}

/** Organizational units nested `depth` deep in flow style, on a line of its own. */
function nestedOus(depth: number): string {
  return `${BASE}organizationalUnits: ${'{a: '.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}\n`;
}

describe('limits', function () {
  this.timeout(60_000);

  describe('maxFileSize', () => {
    it('checks a file of exactly the limit, and refuses a larger one with one informational ORG001', () => {
      const size = Buffer.byteLength(BASE);
      assert.deepEqual(codes(validate(BASE, { maxFileSize: size }).diagnostics), ['ORG502']);
      const { diagnostics, result } = validate(BASE, { maxFileSize: size - 1 });
      assertNotice(diagnostics, new RegExp(`not checked: it is larger than ${size - 1} bytes \\(the \`orgManifest.maxFileSize\` setting\\)`));
      assert.equal(result.incomplete?.reason, 'fileSize');
      assert.equal(result.document, undefined, 'a refused file is not parsed');
    });

    it('counts UTF-8 bytes, not characters', () => {
      const text = BASE.replace('featureSet: ALL', 'name: Ĉĉ€\n  featureSet: ALL');
      assert.equal(Buffer.byteLength(text) - text.length, 4);
      assertNotice(validate(text, { maxFileSize: text.length }).diagnostics, /larger than/);
    });
  });

  describe('maxLineLength', () => {
    const longest = Math.max(...BASE.split('\n').map((l) => l.length));
    const line = BASE.split('\n').findIndex((l) => l.length === longest);

    it('checks lines of exactly the limit, and refuses a longer one, pointing at it', () => {
      assert.deepEqual(codes(validate(BASE, { maxLineLength: longest }).diagnostics), ['ORG502']);
      const { diagnostics, result } = validate(BASE, { maxLineLength: longest - 1 });
      assertNotice(diagnostics, new RegExp(`this line is ${longest} characters long, more than ${longest - 1} \\(the \`orgManifest.maxLineLength\` setting\\)`), line);
      assert.equal(result.incomplete?.reason, 'lineLength');
    });

    it('counts CRLF and lone CR as line breaks', () => {
      assert.deepEqual(codes(validate(BASE.replace(/\n/g, '\r\n'), { maxLineLength: longest }).diagnostics), ['ORG502']);
      assert.deepEqual(codes(validate(BASE.replace(/\n/g, '\r'), { maxLineLength: longest }).diagnostics), ['ORG001', 'ORG502']);
    });
  });

  describe('maxNestingDepth', () => {
    // The root mapping is one level, and each OU's mapping one more.
    it('checks a file nested exactly to the limit, and refuses a deeper one where it gets too deep', () => {
      assert.deepEqual(codes(validate(nestedOus(9), { maxNestingDepth: 10 }).diagnostics), ['ORG502', 'ORG505']);
      const { diagnostics, result } = validate(nestedOus(10), { maxNestingDepth: 10 });
      const column = `organizationalUnits: `.length + '{a: '.repeat(9).length;
      assertNotice(diagnostics, /nest more than 10 levels deep here \(the `orgManifest.maxNestingDepth` setting\)/, BASE.split('\n').length - 1, column);
      assert.equal(result.incomplete?.reason, 'nestingDepth');
    });

    it('caps the setting at 500, where nothing runs out of stack in any nesting style', () => {
      assert.equal(parseSettings({ maxNestingDepth: 100_000 }).maxNestingDepth, 500);
      const styles = {
        'flow mappings': nestedOus(497),
        'flow lists': `${BASE}organizationalUnits: ${'['.repeat(497)}${']'.repeat(497)}\n`,
        'block lists': `${BASE}organizationalUnits:\n${'- '.repeat(497)}x\n`,
        'block mappings': `${BASE}organizationalUnits:\n${Array.from({ length: 497 }, (_, i) => `${' '.repeat(i + 1)}a${i}:`).join('\n')}\n`,
      };
      for (const [style, text] of Object.entries(styles)) {
        const { diagnostics, result } = validate(text, { maxNestingDepth: 100_000, maxLineLength: 1_000_000 });
        assert.equal(result.incomplete, undefined, style);
        assert.ok(!diagnostics.some((d) => /call stack/i.test(messageOf(d))), `${style}: ${diagnostics.map(messageOf).join('\n')}`);
      }
    });
  });

  describe('maxAliasCount', () => {
    const aliased = BASE.replace('joined: invited', 'joined: &how invited\n  billing:\n    id: "333333333333"\n    joined: *how');

    it('follows aliases up to the limit and reports the first one past it, naming the setting', () => {
      assert.deepEqual(codes(validate(aliased, { maxAliasCount: 2 }).diagnostics), ['ORG502']);
      const diagnostics = validate(aliased, { maxAliasCount: 0 }).diagnostics.filter((d) => d.code === 'ORG001');
      assert.equal(diagnostics.length, 1);
      assert.match(messageOf(diagnostics[0]!), /Too many aliases.*`orgManifest.maxAliasCount`/);
    });

    it('reports an alias to a node that contains it, instead of following it forever', () => {
      const text = `${BASE}organizationalUnits: &ous\n  Loop: *ous\n`;
      const cycle = validate(text, { maxAliasCount: 1_000_000 }).diagnostics.filter((d) => d.code === 'ORG001');
      assert.deepEqual(
        cycle.map((d) => [d.range.start.line, messageOf(d)]),
        [[11, 'The alias `ous` refers to a node that contains it, so its value would never end. Write the value out instead.']],
      );
    });
  });

  describe('validationTimeBudget', () => {
    // Starts with a syntax error, a structure problem, a rule finding, and a suppression only the rules use.
    const text = `${BASE}  billing: {id: "333333333333", joined: created, nickname: x}\n  other:\n    id: "444444444444"\n    joined: created\n    name: "x" y\n# org-manifest-disable-next-line ORG502\n  sales: {id: 555555555555, joined: created}\n`;
    const full = codes(validate(text).diagnostics);

    /** A clock that stands still for `calls` readings, then jumps far past any budget. */
    const jumpAfter = (calls: number) => {
      let readings = 0;
      return () => (readings++ < calls ? 0 : 1e12);
    };

    it('is not reached by a clock that stands still: the full result, no notice', () => {
      const { diagnostics, result } = validate(text, {}, { clock: () => 0 });
      assert.deepEqual(codes(diagnostics), full);
      assert.deepEqual([...full].sort(), ['ORG001', 'ORG002', 'ORG502']);
      assert.equal(result.incomplete, undefined);
    });

    it('stops wherever the budget runs out, reporting what it found so far and saying it was cut short', () => {
      let stops = 0;
      for (let calls = 1; calls < 40; calls++) {
        const { diagnostics, result } = validate(text, { validationTimeBudget: 5 }, { clock: jumpAfter(calls) });
        const notice = diagnostics.filter((d) => /cut short/.test(messageOf(d)));
        if (!result.incomplete) {
          assert.deepEqual(codes(diagnostics), full, `after ${calls} readings`);
          continue;
        }
        stops++;
        assert.equal(result.incomplete.reason, 'timeBudget');
        assert.equal(notice.length, 1);
        assert.equal(notice[0]!.severity, INFORMATION);
        assert.match(messageOf(notice[0]!), /longer than 5 ms \(the `orgManifest.validationTimeBudget` setting\) and stopped while/);
        const found = codes(diagnostics.filter((d) => d !== notice[0]));
        for (const code of found) assert.ok(full.includes(code), `after ${calls} readings: ${code} is not a finding of the full check`);
        assert.ok(!found.includes('ORG005'), 'an unused suppression is only known once every rule ran');
      }
      assert.ok(stops >= 5, `the budget ran out in ${stops} places`);
    });

    it('stops while parsing a big file, before composing it', () => {
      const big = BASE + Array.from({ length: 3000 }, (_, i) => `  a${i}: {id: "${100000000000 + i}", joined: created}\n`).join('');
      const { diagnostics, result } = validate(big, {}, { clock: jumpAfter(1) });
      assertNotice(diagnostics, /stopped while reading the file/);
      assert.equal(result.incomplete?.reason, 'timeBudget');
    });
  });

  describe('the notices', () => {
    it('stay informational whatever ORG001 is set to, and go with ORG001 set to off', () => {
      for (const severity of ['error', 'hint']) {
        assertNotice(validate(BASE, { maxFileSize: 10, rules: { ORG001: severity } }).diagnostics, /larger than/);
      }
      const off = validate(BASE, { maxFileSize: 10, rules: { ORG001: 'off' } });
      assert.deepEqual(off.diagnostics, []);
      assert.equal(off.result.incomplete?.reason, 'fileSize', 'the CLI still knows the file was not checked');
    });

    it('take their settings from the client, falling back to safe defaults on nonsense', () => {
      assert.deepEqual(
        parseSettings({ maxFileSize: 2048, maxLineLength: 80, maxNestingDepth: 12, validationTimeBudget: 250 }),
        parseSettings({ maxFileSize: 2048, maxLineLength: 80, maxNestingDepth: 12, validationTimeBudget: 250, other: 1 }),
      );
      const nonsense = parseSettings({ maxFileSize: -1, maxLineLength: '80', maxNestingDepth: 0, validationTimeBudget: null });
      const defaults = parseSettings({});
      assert.deepEqual(
        [nonsense.maxFileSize, nonsense.maxLineLength, nonsense.maxNestingDepth, nonsense.validationTimeBudget],
        [10 * 1024 * 1024, 100_000, 100, 10_000],
      );
      assert.deepEqual(nonsense, defaults);
    });
  });

  describe('tags', () => {
    it('never construct anything: every scalar stays plain data, and each tag is an ORG001', () => {
      const text = `%YAML 1.1\n---\n${BASE.replace('featureSet: ALL', 'name: !!binary aGVsbG8=\n  featureSet: ALL')}  other: !!set {a}\n  more: !!omap [a: 1]\n  when: !!timestamp 2001-12-14\n  run: !!js/function "function () {}"\n  shell: !!python/object/apply:os.system [ls]\n  mine: !custom x\n`;
      const { diagnostics, result } = validate(text);
      const tags = diagnostics.filter((d) => d.code === 'ORG001');
      assert.equal(tags.length, 7, diagnostics.map(messageOf).join('\n'));
      const kinds = new Set<string>();
      const stack: unknown[] = [result.document?.contents];
      while (stack.length > 0) {
        const node = stack.pop() as { items?: unknown[]; key?: unknown; value?: unknown } | null;
        if (!node || typeof node !== 'object') continue;
        if ('items' in node && Array.isArray(node.items)) stack.push(...node.items);
        else if ('key' in node) stack.push(node.key, node.value);
        if ('value' in node && !('key' in node)) kinds.add(Object.prototype.toString.call(node.value));
      }
      assert.deepEqual([...kinds].sort(), ['[object Number]', '[object String]']);
    });
  });
});
