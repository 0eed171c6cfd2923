/**
 * Code lenses (SPEC §6): over each SCP, how many accounts it reaches; over `featureSet` while
 * enabling all features is planned, how many handshakes that sends and how many accounts are not
 * ready. They inform and do nothing when clicked: their command is empty, which editors show as text.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeLens } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import type { Span } from '../text/span';
import { scpReaches } from './scpReach';
import type { Reach } from './scpReach';
import { upgradeStatus } from './upgradeStatus';

export function codeLenses(result: CheckResult, document: TextDocument): CodeLens[] {
  const { manifest, analysis } = result;
  if (!manifest || !analysis) return [];
  const lens = (span: Span, title: string): CodeLens => ({
    range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
    command: { title, command: '' },
  });
  const lenses: CodeLens[] = [];
  const status = upgradeStatus(manifest.accounts, analysis);
  const featureSet = analysis.desiredFeatureSet;
  if (status && featureSet) lenses.push(lens(featureSet.span, upgradeTitle(status.handshakes, status.notReady)));
  for (const [scp, reach] of scpReaches(manifest, analysis)) lenses.push(lens(scp.keySpan, reachTitle(reach)));
  return lenses;
}

export function upgradeTitle(handshakes: number, notReady: number): string {
  return `Enabling all features: ${count(handshakes, 'handshake')} to send, ${count(notReady, 'account')} not ready`;
}

export function reachTitle(reach: Reach): string {
  const reached = reach.accounts === 0 ? 'Reaches no accounts' : `Reaches ${count(reach.accounts, 'account')}`;
  return reach.managementExempt ? `${reached} (not the management account: SCPs do not affect it)` : reached;
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}
