/**
 * The outline (hierarchical document symbols): organization, OUs nested as in the file, accounts
 * (detail: id and how each joined), trusted services, Identity Center, SCPs, handshakes and the
 * deployer, in document order. Built from the model of the cached check.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind } from 'vscode-languageserver-types';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import type { CheckResult } from '../check';
import { lookupPrincipal } from '../../data/catalog';
import type { Account, Handshake, Manifest, OrganizationalUnit, ServiceControlPolicy, TrustedService } from '../model/types';
import type { Span } from '../text/span';
import { toRange, trimEnd } from './ranges';
import { sectionSpans } from './sections';
import type { SectionSpans } from './sections';

type MakeSymbol = (name: string, kind: SymbolKind, span: Span, selection: Span, detail?: string, children?: DocumentSymbol[]) => DocumentSymbol;

export function documentSymbols(document: TextDocument, result: CheckResult): DocumentSymbol[] {
  const manifest = result.manifest;
  if (!manifest) return [];
  const text = document.getText();
  const make: MakeSymbol = (name, kind, span, selection, detail, children) => ({
    // VS Code rejects symbols with empty names.
    name: name === '' ? '""' : name,
    kind,
    range: toRange(document, trimEnd(text, span)),
    selectionRange: toRange(document, selection),
    ...(detail ? { detail } : {}),
    ...(children ? { children } : {}),
  });
  const sections = sectionSpans(result);
  const symbols: DocumentSymbol[] = [];
  const section = (key: string, kind: SymbolKind, detail: string | undefined, children?: DocumentSymbol[]) => {
    const spans = sections.get(key);
    if (spans) symbols.push(sectionSymbol(make, key, spans, kind, detail, children));
  };
  section('organization', SymbolKind.Module, organizationDetail(manifest));
  section('organizationalUnits', SymbolKind.Module, undefined, ouTree(make, manifest.organizationalUnits));
  section('accounts', SymbolKind.Module, count(manifest.accounts.length, 'account'), manifest.accounts.map((a) => accountSymbol(make, manifest, a)));
  section('trustedAccess', SymbolKind.Module, undefined, manifest.trustedAccess.map((s) => serviceSymbol(make, s)));
  section('identityCenter', SymbolKind.Module, identityCenterDetail(manifest));
  section('policies', SymbolKind.Module, undefined, scpSection(make, sections, manifest.serviceControlPolicies));
  section('handshakes', SymbolKind.Array, count(manifest.handshakes.length, 'handshake'), manifest.handshakes.map((h) => handshakeSymbol(make, h)));
  section('deployer', SymbolKind.Property, manifest.deployer && count(manifest.deployer.permissions.length, 'permission'));
  return symbols.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function sectionSymbol(make: MakeSymbol, name: string, spans: SectionSpans, kind: SymbolKind, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  return make(name, kind, spans.span, spans.keySpan, detail, children);
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function organizationDetail(manifest: Manifest): string | undefined {
  const org = manifest.organization;
  const desired = org?.featureSet?.value;
  const current = org?.currentFeatureSet?.value;
  if (!desired) return undefined;
  return current && current !== desired ? `${current} → ${desired}` : desired;
}

/** OUs nest by depth; the flat model list is in document order, so each OU's parent is the last OU one level up. */
function ouTree(make: MakeSymbol, ous: readonly OrganizationalUnit[]): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const lastAtDepth: DocumentSymbol[] = [];
  for (const ou of ous) {
    const symbol = make(ou.name, SymbolKind.Namespace, ou.span, ou.keySpan, ou.depth > 1 ? ou.path : undefined, []);
    lastAtDepth[ou.depth - 1] = symbol;
    const parent = ou.depth > 1 ? lastAtDepth[ou.depth - 2] : undefined;
    (parent?.children ?? roots).push(symbol);
  }
  return roots;
}

function accountSymbol(make: MakeSymbol, manifest: Manifest, account: Account): DocumentSymbol {
  const management = manifest.organization?.managementAccount?.value === account.key;
  const detail = [account.id?.value ?? 'no id yet', account.joined?.value, management ? 'management account' : undefined].filter(Boolean).join(' · ');
  return make(account.key, SymbolKind.Object, account.span, account.keySpan, detail);
}

function serviceSymbol(make: MakeSymbol, service: TrustedService): DocumentSymbol {
  const parts = [lookupPrincipal(service.principal)?.service.name, service.enabled ? undefined : 'disabled'];
  if (service.delegatedAdministrator) parts.push(`delegated administrator: ${service.delegatedAdministrator.value}`);
  return make(service.principal, SymbolKind.Interface, service.span, service.keySpan, parts.filter(Boolean).join(' · '));
}

function identityCenterDetail(manifest: Manifest): string | undefined {
  const center = manifest.identityCenter;
  return center && `${count(center.permissionSets.length, 'permission set')}, ${count(center.assignments.length, 'assignment')}`;
}

function scpSection(make: MakeSymbol, sections: ReadonlyMap<string, SectionSpans>, scps: readonly ServiceControlPolicy[]): DocumentSymbol[] {
  const spans = sections.get('policies/serviceControlPolicies');
  if (!spans) return [];
  const children = scps.map((scp) => make(scp.name, SymbolKind.Property, scp.span, scp.keySpan, targetsDetail(scp)));
  return [sectionSymbol(make, 'serviceControlPolicies', spans, SymbolKind.Module, count(scps.length, 'SCP'), children)];
}

function targetsDetail(scp: ServiceControlPolicy): string | undefined {
  if (scp.targets.length === 0) return undefined;
  const targets = scp.targets.map((t) => t.value).join(', ');
  return `targets: ${targets.length > 60 ? `${targets.slice(0, 59)}…` : targets}`;
}

function handshakeSymbol(make: MakeSymbol, handshake: Handshake): DocumentSymbol {
  const name = [handshake.type?.value ?? 'handshake', handshake.account?.value].filter(Boolean).join(' → ');
  const selection = handshake.type?.span ?? handshake.account?.span ?? { start: handshake.span.start, end: handshake.span.start };
  return make(name, SymbolKind.Event, handshake.span, selection, handshake.state?.value);
}
