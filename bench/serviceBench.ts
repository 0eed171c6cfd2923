/**
 * In-process figures: the bare `yaml` parse (the floor), the full check (parse + model + rules), and
 * hover and completion latency on a warm document.
 */
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../server/src/service';
import { median, timeRuns } from './stats';

export interface ServiceFigures {
  readonly parseMs: number;
  readonly checkMs: number;
  readonly hoverMs: number;
  readonly completionMs: number;
  readonly diagnostics: number;
}

export function measureService(text: string, accountKey: string, runs: number): ServiceFigures {
  // Small files are quick and noisy: more runs for them. One untimed run first warms the JIT and the
  // catalogs' lazy decoding, which a long-running server has long done.
  const repeat = text.length < 1_000_000 ? runs * 3 : runs;
  const parse = () => void parseDocument(text, { uniqueKeys: false });
  parse();
  const parseMs = median(timeRuns(repeat, parse));
  let diagnostics = 0;
  const check = () => {
    // A fresh service each time, so nothing is cached.
    const document = TextDocument.create('file:///bench.org.yaml', 'org-manifest', 1, text);
    diagnostics = getLanguageService().doValidation(document).length;
  };
  check();
  const checkMs = median(timeRuns(repeat, check));
  const service = getLanguageService();
  const document = TextDocument.create('file:///bench.org.yaml', 'org-manifest', 1, text);
  service.doValidation(document);
  const keyAt = document.positionAt(text.indexOf(`\n  ${accountKey}:\n`) + 4);
  const joinedAt = document.positionAt(text.indexOf('joined: ', text.indexOf(`\n  ${accountKey}:\n`)) + 'joined: '.length);
  const hoverMs = median(timeRuns(20, () => void service.doHover(document, keyAt)));
  const completionMs = median(timeRuns(20, () => void service.doComplete(document, joinedAt, undefined, { latestCheck: true })));
  return { parseMs, checkMs, hoverMs, completionMs, diagnostics };
}
