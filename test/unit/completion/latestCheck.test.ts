/** Completion in the server reads the document's last check, so typing in a huge file does not wait for a new one. */
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service';
import { HEAD } from './fixture';

describe('completion with latestCheck', () => {
  const checked = `${HEAD}trustedAccess:\n  sso.amazonaws.com:\n    delegatedAdministrator: \n`;
  const typed = checked.replace('trustedAccess:', '  audit:\n    id: "444444444444"\n    joined: created\ntrustedAccess:');
  const cursor = (text: string, document: TextDocument) => document.positionAt(text.indexOf('delegatedAdministrator: ') + 'delegatedAdministrator: '.length);

  it('answers from the last check of the document, and from a new one without it', () => {
    const service = getLanguageService();
    const settings = undefined;
    service.check(TextDocument.create('file:///typing.org.yaml', 'org-manifest', 1, checked), settings);
    const now = TextDocument.create('file:///typing.org.yaml', 'org-manifest', 2, typed);
    const fast = service.doComplete(now, cursor(typed, now), settings, { latestCheck: true });
    assert.deepEqual(fast.items.map((item) => item.label), ['security', 'payments']);
    const fresh = service.doComplete(now, cursor(typed, now));
    assert.deepEqual(fresh.items.map((item) => item.label), ['security', 'payments', 'audit']);
  });

  it('checks a document it has not seen yet', () => {
    const service = getLanguageService();
    const document = TextDocument.create('file:///new.org.yaml', 'org-manifest', 1, typed);
    const list = service.doComplete(document, cursor(typed, document), undefined, { latestCheck: true });
    assert.deepEqual(list.items.map((item) => item.label), ['security', 'payments', 'audit']);
  });
});
