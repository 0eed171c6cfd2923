import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { checkDiagnostics, diagnose } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const today = new Date('2026-06-01T12:00:00Z');

/** An account whose `id` has 5 digits (ORG501), with `comment` on the line above the id. */
const shortId = (comment: string, annotations = '') =>
  orgHeader('featureSet: ALL', `  payments:\n    joined: invited\n${comment}\n    id: "12345"\n${annotations}`);

describe('ORG005 suppression comment expired or unused', () => {
  it('suppresses the codes it lists on the next line, with a reason and a date still to come', () => {
    checkDiagnostics(shortId('    # org-manifest-disable-next-line ORG501 -- migrating (CLOUD-1) until 2026-12-31'), { today });
    checkDiagnostics(shortId('    # org-manifest-disable-next-line ORG501'), { today });
  });

  it('still suppresses on the until date itself', () => {
    checkDiagnostics(shortId('    # org-manifest-disable-next-line ORG501 until 2026-06-01'), { today });
  });

  it('reports an expired suppression on its until part, and the finding comes back', () => {
    const diagnostics = checkDiagnostics(
      shortId(
        `    # org-manifest-disable-next-line ORG501 -- legacy until 2026-05-31
#                                                     ^^^^^^^^^^^^^^^^ ORG005`,
        '#       ^^^^^^^ ORG501\n',
      ),
      { today },
    );
    const expired = diagnostics.find((d) => d.code === 'ORG005')!;
    assert.match(expired.message, /expired on 2026-05-31.*Fix the finding on the next line, or extend the date/);
  });

  it('reports an until that is not a date, which then suppresses nothing', () => {
    for (const date of ['2026-02-30', '31.12.2026', 'soon']) {
      const comment = `    # org-manifest-disable-next-line ORG501 until ${date}`;
      const until = `#${' '.repeat(comment.indexOf('until') - 1)}${'^'.repeat(`until ${date}`.length)} ORG005`;
      const diagnostics = checkDiagnostics(shortId(`${comment}\n${until}`, '#       ^^^^^^^ ORG501\n'), { today });
      assert.match(diagnostics.find((d) => d.code === 'ORG005')!.message, /is not a date: write it as `until YYYY-MM-DD`/);
    }
  });

  it('reports a suppression that suppresses nothing, on its codes', () => {
    const [d] = checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    # org-manifest-disable-next-line ORG502, ORG501
#                                    ^^^^^^^^^^^^^^ ORG005
    id: "222222222222"
    joined: invited
`,
      ),
    );
    assert.match(d!.message, /Nothing on the next line is reported as ORG502, ORG501.*Remove it/);
    assert.deepEqual(d!.tags, [1]);
  });

  it('reports a suppression without codes', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    # org-manifest-disable-next-line -- no idea
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG005
    id: "222222222222"
    joined: invited
`,
      ),
    );
  });

  it('works for several codes: one of them suppressing is enough', () => {
    checkDiagnostics(shortId('    # org-manifest-disable-next-line ORG502, ORG501'), { today });
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    joined: invited
    # org-manifest-disable-next-line ORG501,ORG503
    id: "111111111111111"
  billing:
    joined: invited
    # org-manifest-disable-next-line ORG501 ORG503 -- both, on purpose
    id: "111111111111111"
`,
      ),
    );
  });

  it('applies to the next line only', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    # org-manifest-disable-next-line ORG501
#                                    ^^^^^^ ORG005
    joined: invited
    id: "12345"
#       ^^^^^^^ ORG501
  billing:
    # org-manifest-disable-next-line ORG501
#                                    ^^^^^^ ORG005

    id: "12346"
#       ^^^^^^^ ORG501
    joined: invited
`,
      ),
    );
  });

  it('is not reported for a rule that is turned off', () => {
    const text = shortId('    # org-manifest-disable-next-line ORG104').replace('"12345"', '"222222222222"');
    checkDiagnostics(text, { settings: { rules: { ORG104: 'off' } } });
    // With the rule on, the same comment suppresses nothing.
    assert.equal(diagnose(text).filter((d) => d.code === 'ORG005').length, 1);
  });

  it('ignores the directive inside a string or a block scalar', () => {
    checkDiagnostics(
      orgHeader(
        'featureSet: ALL',
        `  payments:
    joined: invited
    name: "Payments # org-manifest-disable-next-line ORG501"
    id: "12345"
#       ^^^^^^^ ORG501
  billing:
    joined: invited
    email: >-
      # org-manifest-disable-next-line ORG501
    id: "12346"
#       ^^^^^^^ ORG501
`,
      ),
    );
  });

  it('works the same with CRLF line ends and a BOM', () => {
    const crlf = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;
    checkDiagnostics(crlf(shortId('    # org-manifest-disable-next-line ORG501 until 2026-06-01')), { today });
    checkDiagnostics(
      crlf(
        shortId(
          `    # org-manifest-disable-next-line ORG501 until 2026-05-31
#                                           ^^^^^^^^^^^^^^^^ ORG005`,
          '#       ^^^^^^^ ORG501\n',
        ),
      ),
      { today },
    );
  });

  it('honours the settings', () => {
    checkRuleSettings(shortId('    # org-manifest-disable-next-line ORG501 until 2020-01-01'), 'ORG005', DiagnosticSeverity.Warning, { today });
  });
});
