/**
 * Builds the typed manifest model from the YAML tree. Permissive by design: values of the wrong
 * type are left out (the structure check reports them), so rules only ever see well-typed data.
 * Each section has its own builder so a section can be rebuilt on its own.
 */
import { isScalar } from 'yaml';
import type { Pair } from 'yaml';
import { HANDSHAKE_STATES, HANDSHAKE_TYPES, FEATURE_SETS, JOIN_METHODS, SLR_STATES } from '../schema/manifestSchema';
import { asMap, asSeq, keySpan, keyText, pairSpan, resolved, spanOf } from '../parse/ast';
import type { WalkContext, YamlNode } from '../parse/ast';
import type { CheckHooks } from '../incremental/accountHooks';
import type { Span } from '../text/span';
import { buildPermissionHolder, buildPolicyDocument, firstPairs, located, stringList } from './buildPolicy';
import { minifiedJsonLength } from './minifiedSize';
import type {
  Account,
  AccountId,
  Assignment,
  Handshake,
  IdentityCenter,
  Located,
  Manifest,
  Organization,
  OrganizationalUnit,
  ServiceControlPolicy,
  SlrDeclaration,
  TrustedService,
} from './types';

const NO_SPAN: Span = { start: 0, end: 0 };

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function buildModel(root: YamlNode | null, ctx: WalkContext, hooks?: CheckHooks): Manifest {
  const manifest: Mutable<Manifest> = {
    organizationalUnits: [],
    accounts: [],
    trustedAccess: [],
    serviceControlPolicies: [],
    handshakes: [],
  };
  const map = asMap(resolved(root, ctx));
  for (const pair of firstPairs(map?.items ?? [])) {
    const key = keyText(pair);
    if (key === 'accounts') {
      const value = pair.value as YamlNode;
      manifest.accountsKeySpan = keySpan(pair, NO_SPAN);
      manifest.accountsIsMapping = asMap(resolved(value, ctx)) !== undefined;
      manifest.accounts = buildAccounts(value, ctx, hooks);
      continue;
    }
    // Every other top-level section is built on its own, so a cache can keep it while accounts change.
    const build = () => buildSection(key, pair, ctx);
    Object.assign(manifest, hooks ? hooks.sectionModel(pair, build) : build());
  }
  return manifest;
}

/** The part of the manifest one top-level key (other than `accounts`) holds. */
function buildSection(key: string | undefined, pair: Pair<unknown, unknown>, ctx: WalkContext): Partial<Mutable<Manifest>> {
  const value = pair.value as YamlNode;
  switch (key) {
    case 'apiVersion':
      return { apiVersion: located(value, ctx) };
    case 'organization':
      return { organization: buildOrganization(pair, ctx) };
    case 'organizationalUnits':
      return { organizationalUnits: buildOrganizationalUnits(value, ctx) };
    case 'trustedAccess':
      return { trustedAccessKeySpan: keySpan(pair, NO_SPAN), trustedAccess: buildTrustedAccess(value, ctx) };
    case 'identityCenter':
      return { identityCenter: buildIdentityCenter(pair, ctx) };
    case 'policies':
      return buildPolicies(value, ctx);
    case 'handshakes':
      return { handshakes: buildHandshakes(value, ctx) };
    case 'deployer':
      return { deployer: buildPermissionHolder(pair, ctx) };
    default:
      return {};
  }
}

function enumValue<T extends string>(raw: YamlNode, ctx: WalkContext, allowed: readonly T[]): Located<T> | undefined {
  const value = located(raw, ctx);
  return value && (allowed as readonly string[]).includes(value.value) ? (value as Located<T>) : undefined;
}

function buildOrganization(pair: Pair<unknown, unknown>, ctx: WalkContext): Organization {
  const org: Mutable<Organization> = { keySpan: keySpan(pair, NO_SPAN) };
  for (const item of firstPairs(asMap(resolved(pair.value as YamlNode, ctx))?.items ?? [])) {
    const value = item.value as YamlNode;
    switch (keyText(item)) {
      case 'name':
        org.name = located(value, ctx);
        break;
      case 'featureSet':
        org.featureSet = enumValue(value, ctx, FEATURE_SETS);
        break;
      case 'currentFeatureSet':
        org.currentFeatureSet = enumValue(value, ctx, FEATURE_SETS);
        break;
      case 'managementAccount':
        org.managementAccount = located(value, ctx);
        break;
    }
  }
  return org;
}

function buildOrganizationalUnits(raw: YamlNode, ctx: WalkContext): OrganizationalUnit[] {
  const result: OrganizationalUnit[] = [];
  // Iterative walk: nesting can be arbitrarily deep in hostile input.
  const stack: { node: YamlNode | null; parent: string; depth: number }[] = [{ node: raw, parent: '', depth: 1 }];
  while (stack.length > 0) {
    const { node, parent, depth } = stack.pop()!;
    const map = asMap(resolved(node, ctx));
    const children: typeof stack = [];
    for (const pair of firstPairs(map?.items ?? [])) {
      const name = keyText(pair)!;
      const path = parent ? `${parent}/${name}` : name;
      result.push({ name, path, depth, keySpan: keySpan(pair, NO_SPAN), span: pairSpan(pair, NO_SPAN) });
      children.push({ node: pair.value as YamlNode, parent: path, depth: depth + 1 });
    }
    stack.push(...children.reverse());
  }
  return result.sort((a, b) => a.keySpan.start - b.keySpan.start);
}

function buildAccounts(raw: YamlNode, ctx: WalkContext, hooks: CheckHooks | undefined): Account[] {
  const pairs = () => firstPairs(asMap(resolved(raw, ctx))?.items ?? []);
  if (hooks) return hooks.accountsModel(pairs, (pair) => buildAccount(pair, ctx));
  return pairs().map((pair) => buildAccount(pair, ctx));
}

export function buildAccount(pair: Pair<unknown, unknown>, ctx: WalkContext): Account {
  const account: Mutable<Account> = {
    key: keyText(pair)!,
    keySpan: keySpan(pair, NO_SPAN),
    span: pairSpan(pair, NO_SPAN),
    serviceLinkedRoles: [],
  };
  const map = asMap(resolved(pair.value as YamlNode, ctx));
  if (!map) account.notAMapping = true;
  for (const item of firstPairs(map?.items ?? [])) {
    const value = item.value as YamlNode;
    switch (keyText(item)) {
      case 'id':
        account.idKeySpan = keySpan(item, NO_SPAN);
        account.id = accountId(value, ctx);
        break;
      case 'name':
        account.name = located(value, ctx);
        break;
      case 'email':
        account.email = located(value, ctx);
        break;
      case 'joined':
        account.joinedKeySpan = keySpan(item, NO_SPAN);
        account.joined = enumValue(value, ctx, JOIN_METHODS);
        break;
      case 'ou':
        account.ou = located(value, ctx);
        break;
      case 'administrator':
        account.administrator = buildPermissionHolder(item, ctx);
        break;
      case 'serviceLinkedRoles':
        account.serviceLinkedRolesKeySpan = keySpan(item, NO_SPAN);
        account.serviceLinkedRoles = buildServiceLinkedRoles(value, ctx);
        break;
    }
  }
  return account;
}

function accountId(raw: YamlNode, ctx: WalkContext): AccountId | undefined {
  const node = resolved(raw, ctx);
  if (!isScalar(node) || !node.range) return undefined;
  const span = spanOf(raw, NO_SPAN);
  const source = ctx.text.slice(span.start, span.end);
  if (typeof node.value === 'string') return { value: node.value, span, isNumber: false, source };
  if (typeof node.value === 'number' || typeof node.value === 'bigint') {
    return { value: String(node.value), span, isNumber: true, source };
  }
  return undefined;
}

function buildServiceLinkedRoles(raw: YamlNode, ctx: WalkContext): SlrDeclaration[] {
  const roles: SlrDeclaration[] = [];
  for (const pair of firstPairs(asMap(resolved(raw, ctx))?.items ?? [])) {
    roles.push({
      name: keyText(pair)!,
      keySpan: keySpan(pair, NO_SPAN),
      state: enumValue(pair.value as YamlNode, ctx, SLR_STATES),
    });
  }
  return roles;
}

function buildTrustedAccess(raw: YamlNode, ctx: WalkContext): TrustedService[] {
  const services: TrustedService[] = [];
  for (const pair of firstPairs(asMap(resolved(raw, ctx))?.items ?? [])) {
    const service: Mutable<TrustedService> = {
      principal: keyText(pair)!,
      keySpan: keySpan(pair, NO_SPAN),
      span: pairSpan(pair, NO_SPAN),
      enabled: true,
    };
    for (const item of firstPairs(asMap(resolved(pair.value as YamlNode, ctx))?.items ?? [])) {
      const value = resolved(item.value as YamlNode, ctx);
      const key = keyText(item);
      if (key === 'enabled' && isScalar(value) && typeof value.value === 'boolean') {
        service.enabled = value.value;
        service.enabledValue = { value: value.value, span: spanOf(item.value as YamlNode, NO_SPAN) };
      } else if (key === 'delegatedAdministrator') {
        service.delegatedAdministrator = located(item.value as YamlNode, ctx);
      }
    }
    services.push(service);
  }
  return services;
}

function buildIdentityCenter(pair: Pair<unknown, unknown>, ctx: WalkContext): IdentityCenter {
  const center: Mutable<IdentityCenter> = { keySpan: keySpan(pair, NO_SPAN), permissionSets: [], assignments: [] };
  for (const item of firstPairs(asMap(resolved(pair.value as YamlNode, ctx))?.items ?? [])) {
    const key = keyText(item);
    if (key === 'permissionSets') {
      center.permissionSets = [...firstPairs(asMap(resolved(item.value as YamlNode, ctx))?.items ?? [])].map((p) => ({
        name: keyText(p)!,
        keySpan: keySpan(p, NO_SPAN),
      }));
    } else if (key === 'assignments') {
      center.assignments = (asSeq(resolved(item.value as YamlNode, ctx))?.items ?? []).map((entry) =>
        buildAssignment(entry as YamlNode, ctx),
      );
    }
  }
  return center;
}

function buildAssignment(raw: YamlNode, ctx: WalkContext): Assignment {
  const assignment: Mutable<Assignment> = { span: spanOf(raw, NO_SPAN) };
  for (const item of firstPairs(asMap(resolved(raw, ctx))?.items ?? [])) {
    const key = keyText(item);
    if (key === 'account') assignment.account = located(item.value as YamlNode, ctx);
    else if (key === 'permissionSet') assignment.permissionSet = located(item.value as YamlNode, ctx);
  }
  return assignment;
}

function buildPolicies(raw: YamlNode, ctx: WalkContext): Partial<Mutable<Manifest>> {
  for (const pair of firstPairs(asMap(resolved(raw, ctx))?.items ?? [])) {
    if (keyText(pair) !== 'serviceControlPolicies') continue;
    const policies: ServiceControlPolicy[] = [];
    for (const scpPair of firstPairs(asMap(resolved(pair.value as YamlNode, ctx))?.items ?? [])) {
      policies.push(buildScp(scpPair, ctx));
    }
    return { serviceControlPoliciesKeySpan: keySpan(pair, NO_SPAN), serviceControlPolicies: policies };
  }
  return {};
}

function buildScp(pair: Pair<unknown, unknown>, ctx: WalkContext): ServiceControlPolicy {
  const scp: Mutable<ServiceControlPolicy> = {
    name: keyText(pair)!,
    keySpan: keySpan(pair, NO_SPAN),
    span: pairSpan(pair, NO_SPAN),
    targets: [],
  };
  for (const item of firstPairs(asMap(resolved(pair.value as YamlNode, ctx))?.items ?? [])) {
    const key = keyText(item);
    if (key === 'targets') scp.targets = stringList(item.value as YamlNode, ctx, false);
    else if (key === 'document') {
      scp.document = buildPolicyDocument(item, ctx);
      scp.documentSize = minifiedJsonLength(item.value as YamlNode, ctx);
    }
  }
  return scp;
}

function buildHandshakes(raw: YamlNode, ctx: WalkContext): Handshake[] {
  const handshakes: Handshake[] = [];
  for (const entry of asSeq(resolved(raw, ctx))?.items ?? []) {
    const handshake: Mutable<Handshake> = { span: spanOf(entry as YamlNode, NO_SPAN) };
    for (const item of firstPairs(asMap(resolved(entry as YamlNode, ctx))?.items ?? [])) {
      const value = item.value as YamlNode;
      switch (keyText(item)) {
        case 'type':
          handshake.type = enumValue(value, ctx, HANDSHAKE_TYPES);
          break;
        case 'account':
          handshake.account = located(value, ctx);
          break;
        case 'state':
          handshake.state = enumValue(value, ctx, HANDSHAKE_STATES);
          break;
      }
    }
    handshakes.push(handshake);
  }
  return handshakes;
}
