/**
 * A rule that throws must not take the others down (issue #9 "Done when"): its failure is handed to
 * `onCheckError` (the server logs it once), and every other rule's findings still arrive. The
 * throwing check is injected through the test-only `extraChecks` seam of the service.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkFiles } from '../../server/src/cli/checkFiles';
import { getLanguageService, parseSettings } from '../../server/src/service';
import type { Check } from '../../server/src/service/rules/types';
import { BASE } from './corpus';

const throwing: Check = {
  code: 'ORG205',
  check() {
    throw new Error('injected failure');
  },
};

describe('a failing check', () => {
  it('is reported through onCheckError, and the other rules still report', () => {
    const failures: [string, unknown][] = [];
    const service = getLanguageService({ extraChecks: [throwing], onCheckError: (code, error) => failures.push([code, error]) });
    const document = TextDocument.create('file:///faults.org.yaml', 'org-manifest', 1, BASE);
    assert.deepEqual(
      service.doValidation(document).map((d) => d.code),
      ['ORG502'],
    );
    assert.equal(failures.length, 1);
    assert.equal(failures[0]![0], 'ORG205');
    assert.match(String(failures[0]![1]), /injected failure/);
  });

  it('reports even when it fails after reporting, keeping what it found', () => {
    const halfway: Check = {
      code: 'ORG205',
      check(ctx) {
        ctx.report({ span: { start: 0, end: 10 }, message: 'found before failing' });
        throw new Error('then failed');
      },
    };
    const failures: string[] = [];
    const service = getLanguageService({ extraChecks: [halfway], onCheckError: (code) => failures.push(code) });
    const diagnostics = service.doValidation(TextDocument.create('file:///halfway.org.yaml', 'org-manifest', 1, BASE));
    assert.deepEqual(diagnostics.map((d) => d.code).sort(), ['ORG205', 'ORG502']);
    assert.deepEqual(failures, ['ORG205']);
  });

  it('is not run, and so cannot fail, when its rule is turned off', () => {
    const failures: string[] = [];
    const service = getLanguageService({ extraChecks: [throwing], onCheckError: (code) => failures.push(code) });
    const document = TextDocument.create('file:///off.org.yaml', 'org-manifest', 1, BASE);
    assert.deepEqual(service.doValidation(document, parseSettings({ rules: { ORG205: 'off' } })).map((d) => d.code), ['ORG502']);
    assert.deepEqual(failures, []);
  });

  it('leaves the service usable for the next document', () => {
    const service = getLanguageService({ extraChecks: [throwing], onCheckError: () => undefined });
    for (let version = 1; version <= 3; version++) {
      const document = TextDocument.create('file:///again.org.yaml', 'org-manifest', version, BASE.replace('payments', `payments${version}`));
      assert.deepEqual(service.doValidation(document).map((d) => d.code), ['ORG502']);
    }
  });
});

describe('a failing check in the CLI', () => {
  it('is a problem (exit 2), not a clean pass: the findings of that check are missing', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'org-manifest-faults-'));
    try {
      writeFileSync(path.join(dir, 'a.org.yaml'), BASE);
      const { results, problems } = await checkFiles([path.join(dir, 'a.org.yaml')], dir, undefined, { extraChecks: [throwing] });
      assert.deepEqual(results[0]!.diagnostics.map((d) => d.code), ['ORG502']);
      assert.deepEqual(problems, [{ path: 'a.org.yaml', message: 'not fully checked: internal error in check ORG205 (injected failure); please report it' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
