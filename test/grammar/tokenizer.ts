// Tokenizes text with the org-manifest TextMate grammar the way VS Code does: vscode-textmate over the
// oniguruma WebAssembly build. `source.yaml` comes in two flavours (see syntaxes/build-grammar.mjs):
// - textmate: the TextMate YAML grammar from tm-grammars, always available — snapshots use it;
// - vscode: VS Code's own YAML grammar, read from a VS Code install under .vscode-test (the e2e set-up
//   downloads one) or from $VSCODE_YAML_SYNTAXES; tests that need it are skipped without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

export type YamlFlavour = 'textmate' | 'vscode';

export interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

const repoRoot = path.resolve(__dirname, '..', '..');
const ownGrammar = path.join(repoRoot, 'syntaxes', 'org-manifest.tmLanguage.json');

/** Where VS Code keeps its YAML grammars inside an install, relative to the install's folder. */
const EXTENSIONS_DIRS = ['node_modules/code-server/lib/vscode/extensions', 'resources/app/extensions', 'Contents/Resources/app/extensions'];

/** The folder of VS Code's YAML grammars, if a VS Code install is around. */
export function vscodeYamlSyntaxes(): string | undefined {
  const fromEnv = process.env['VSCODE_YAML_SYNTAXES'];
  if (fromEnv) return fromEnv;
  const base = path.join(repoRoot, '.vscode-test');
  if (!existsSync(base)) return undefined;
  for (const install of readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const dir = path.join(base, install.name);
    const roots = [dir, ...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(dir, d.name))];
    for (const root of roots) {
      for (const extensions of EXTENSIONS_DIRS) {
        const syntaxes = path.join(root, extensions, 'yaml', 'syntaxes');
        if (existsSync(path.join(syntaxes, 'yaml.tmLanguage.json'))) return syntaxes;
      }
    }
  }
  return undefined;
}

/** Grammar files by scope name for one flavour; any other scope is unknown and left out. */
function grammarFiles(flavour: YamlFlavour): Map<string, string> {
  const files = new Map([['source.org-manifest', ownGrammar]]);
  if (flavour === 'textmate') {
    files.set('source.yaml', require.resolve('tm-grammars/grammars/yaml.json'));
    return files;
  }
  const dir = vscodeYamlSyntaxes();
  if (!dir) throw new Error("VS Code's YAML grammar was not found; check vscodeYamlSyntaxes() first");
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const { scopeName } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as { scopeName?: string };
    if (scopeName) files.set(scopeName, path.join(dir, name));
  }
  return files;
}

// loadWASM may run only once per process, so both registries share one oniguruma.
let onigLib: Promise<vsctm.IOnigLib> | undefined;
const registries = new Map<YamlFlavour, vsctm.Registry>();

function registryFor(flavour: YamlFlavour): vsctm.Registry {
  onigLib ??= oniguruma.loadWASM(readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'))).then(() => ({
    createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
    createOnigString: (text: string) => new oniguruma.OnigString(text),
  }));
  let registry = registries.get(flavour);
  if (!registry) {
    const files = grammarFiles(flavour);
    registry = new vsctm.Registry({
      onigLib,
      loadGrammar: (scopeName: string) => {
        const file = files.get(scopeName);
        return Promise.resolve(file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null);
      },
    });
    registries.set(flavour, registry);
  }
  return registry;
}

export interface TokenizeOptions {
  /** `source.org-manifest` (default), or `source.yaml` for YAML alone. */
  scopeName?: string;
  yaml?: YamlFlavour;
}

export async function loadGrammar({ scopeName = 'source.org-manifest', yaml = 'textmate' }: TokenizeOptions = {}): Promise<vsctm.IGrammar> {
  const grammar = await registryFor(yaml).loadGrammar(scopeName);
  if (!grammar) throw new Error(`${scopeName} grammar did not load`);
  return grammar;
}

/** Splits like VS Code's text model: lines never contain their line break (LF, CRLF or CR). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * One array of tokens per line; the rule stack carries over from line to line as in the editor.
 * Neighbours with the same scopes are merged: the editor cannot tell them apart, and YAML's habit of
 * splitting a scalar after its first character would only add noise to the snapshots.
 */
export function tokenizeLines(grammar: vsctm.IGrammar, lines: readonly string[]): Token[][] {
  let state: vsctm.StateStack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    const tokens: { text: string; scopes: readonly string[] }[] = [];
    for (const t of result.tokens) {
      const text = line.slice(t.startIndex, t.endIndex);
      const last = tokens[tokens.length - 1];
      if (text.length === 0) continue;
      if (last && sameScopes(last.scopes, t.scopes)) last.text += text;
      else tokens.push({ text, scopes: t.scopes });
    }
    return tokens;
  });
}

function sameScopes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

export async function tokenize(text: string, options?: TokenizeOptions): Promise<Token[][]> {
  return tokenizeLines(await loadGrammar(options), splitLines(text));
}
