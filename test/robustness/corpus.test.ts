/**
 * The bad-input corpus through the pure language service: every case returns, says something
 * sensible, and no check fails on the way (a failing check would be logged by the server and its
 * findings lost).
 */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../server/src/service';
import { CORPUS, textOf, unlistedCorpusFiles } from './corpus';

describe('bad-input corpus through the language service', function () {
  // Generous: these assert that the check returns, never how fast.
  this.timeout(120_000);

  it('has expectations for every file under corpus/', () => {
    assert.deepEqual(unlistedCorpusFiles(), []);
  });

  for (const entry of CORPUS) {
    it(`${entry.name}: returns with a sensible diagnostic, no check failing`, () => {
      const failures: string[] = [];
      const service = getLanguageService({ onCheckError: (code) => failures.push(code) });
      const document = TextDocument.create(`file:///corpus/${entry.name}`, 'org-manifest', 1, textOf(entry));
      entry.expect(service.doValidation(document));
      assert.deepEqual(failures, []);
    });
  }
});
