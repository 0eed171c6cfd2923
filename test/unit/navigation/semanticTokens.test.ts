import assert from 'node:assert/strict';
import { SEMANTIC_TOKENS_LEGEND, semanticTokens } from '../../../server/src/service';
import { MANIFEST, checked } from './navigation';

/** Decodes LSP's relative encoding into `line:text type.modifier…` strings. */
function tokensOf(text: string): string[] {
  const { document, result } = checked(text);
  const { data } = semanticTokens(document, result);
  assert.equal(data.length % 5, 0);
  const tokens: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const names = SEMANTIC_TOKENS_LEGEND.tokenModifiers.filter((_, bit) => modifiers & (1 << bit));
    const word = document.getText({ start: { line, character }, end: { line, character: character + length } });
    tokens.push(`${line}:${word} ${[SEMANTIC_TOKENS_LEGEND.tokenTypes[type], ...names].join('.')}`);
  }
  return tokens;
}

describe('navigation: semantic tokens', () => {
  it('uses standard token types, and a modifier of ours for references that do not resolve', () => {
    assert.deepEqual(SEMANTIC_TOKENS_LEGEND, { tokenTypes: ['variable', 'namespace'], tokenModifiers: ['declaration', 'unresolved'] });
  });

  it('marks account keys and OU names, declared or referenced, in document order', () => {
    assert.deepEqual(tokensOf(MANIFEST), [
      '3:payments variable',
      '5:Security namespace.declaration',
      '6:Workloads namespace.declaration',
      '7:Prod namespace.declaration',
      '8:Dev namespace.declaration',
      '10:payments variable.declaration',
      '12:security variable.declaration',
      '15:Security namespace',
      '16:web variable.declaration',
      '19:Workloads namespace',
      '19:Prod namespace',
      '22:payments variable',
      '27:payments variable',
      '31:Workloads namespace',
      '31:payments variable',
      '31:Workloads namespace',
      '31:Prod namespace',
      '34:payments variable',
    ]);
  });

  it('marks references that name nothing the manifest declares', () => {
    const text = MANIFEST.replace('delegatedAdministrator: payments', 'delegatedAdministrator: paymnts').replace('ou: Workloads/Prod', 'ou: Workloads/Prd').replace('[Root,', '[Root, Sandbox,');
    const tokens = tokensOf(text);
    assert.ok(tokens.includes('22:paymnts variable.unresolved'));
    assert.ok(tokens.includes('19:Workloads namespace') && tokens.includes('19:Prd namespace.unresolved'));
    assert.ok(tokens.includes('31:Sandbox namespace.unresolved'));
  });

  it('leaves aliases to YAML and returns no tokens for a file with no manifest', () => {
    const text = `apiVersion: orgmanifest/v1
organization: { managementAccount: &m main }
accounts: { main: {} }
handshakes: [{ account: *m }]
`;
    assert.deepEqual(tokensOf(text), ['1:main variable', '2:main variable.declaration']);
    assert.deepEqual(tokensOf(''), []);
  });
});
