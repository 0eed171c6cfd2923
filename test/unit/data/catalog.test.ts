// The service catalog: shape of every generated entry, and the accessors rules, hover and completion use.
import assert from 'node:assert/strict';
import type { CatalogService } from '../../../server/src/data/catalog';
import {
  ORGANIZATIONS_SLR,
  allKnownPrincipals,
  allServiceLinkedRoleNames,
  allServices,
  findServiceById,
  findServiceByPrincipal,
  findServiceLinkedRole,
  isKnownPrincipal,
  lookupPrincipal,
  organizationsRoleArn,
  serviceLinkedRolesForPrincipal,
} from '../../../server/src/data/catalog';
import data from '../../../server/src/data/services.json';

const PRINCIPAL = /^[\w+=,.@-]{1,128}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const SCOPES = ['all-accounts', 'management', 'members', 'conditional'];

function service(id: string): CatalogService {
  const found = findServiceById(id);
  assert.ok(found, `no catalog service ${id}`);
  return found;
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
}

function assertProse(text: string | undefined, what: string): void {
  assert.equal(typeof text, 'string', `${what} missing`);
  assert.ok(text !== undefined && text.trim() === text && /^[A-Z(].*[.)]$/s.test(text), `${what}: "${text}"`);
}

function checkEntry(s: CatalogService): void {
  assert.match(s.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  assert.ok(s.name.trim().length > 0);
  assertProse(s.description, `${s.id} description`);
  assert.ok(sentences(s.description) <= 3, `${s.id}: description longer than 3 sentences`);
  assert.notEqual(s.description, s.name);
  for (const p of s.principals) assert.match(p, PRINCIPAL);
  for (const r of s.relatedPrincipals) {
    assert.match(r.principal, PRINCIPAL);
    assertProse(r.note, `${s.id} note for ${r.principal}`);
    assert.ok(!s.principals.includes(r.principal), `${s.id}: ${r.principal} is both principal and related`);
  }
  for (const role of s.serviceLinkedRoles) {
    assert.match(role.name, ROLE_NAME, `${s.id}: role name "${role.name}" (a note left in it?)`);
    assert.ok(SCOPES.includes(role.scope), `${s.id}: scope ${role.scope}`);
    if (role.note !== undefined) assertProse(role.note, `${s.id} note for ${role.name}`);
  }
  assert.equal(new URL(s.docUrl).protocol, 'https:');
  assert.equal(s.trustedAccess.supported, s.principals.length > 0, `${s.id}: trusted access iff principals`);
  if (!s.trustedAccess.supported) assertProse(s.trustedAccess.note, `${s.id} trustedAccess.note`);
  assertProse(s.enable.summary, `${s.id} enable`);
  assert.equal(typeof s.enable.fromServiceOnly, 'boolean');
  assertProse(s.disable.summary, `${s.id} disable`);
  if (s.disable.caution !== undefined) assertProse(s.disable.caution, `${s.id} caution`);
  checkDelegatedAdmin(s);
}

function checkDelegatedAdmin(s: CatalogService): void {
  const da = s.delegatedAdmin;
  if (!da.supported) {
    assert.deepEqual(da, { supported: false }, `${s.id}: unsupported delegated admin carries details`);
    return;
  }
  assertProse(da.how, `${s.id} delegatedAdmin.how`);
  assert.ok(da.registeredWith === 'organizations' || da.registeredWith === 'service-api');
  assert.equal(da.registeredWith === 'service-api', da.serviceApi !== undefined, `${s.id}: serviceApi`);
  if (da.serviceApi !== undefined) assert.match(da.serviceApi, /^[a-z0-9-]+:[A-Za-z]+$/);
  assert.equal(typeof da.managementAccountSelfAdmin, 'boolean');
}

function assertUnique(values: readonly string[], what: string): void {
  const duplicates = values.filter((v, i) => values.indexOf(v) !== i);
  assert.deepEqual(duplicates, [], `duplicate ${what}`);
}

describe('service catalog', () => {
  describe('shape', () => {
    it('says it is generated and how to regenerate it', () => {
      assert.match(data.$comment, /generated/i);
      assert.match(data.$comment, /node scripts\/generate-catalog\.mjs/);
    });

    it('has well-formed entries', () => {
      assert.ok(allServices().length >= 50);
      for (const s of allServices()) checkEntry(s);
    });

    it('has unique ids, names and principals, ordered by id', () => {
      const ids = allServices().map((s) => s.id);
      assertUnique(ids, 'ids');
      assert.deepEqual(ids, [...ids].sort());
      assertUnique(allServices().map((s) => s.name), 'names');
      assertUnique(allServices().flatMap((s) => s.principals), 'principals');
    });

    it('spells a role shared by several services the same way everywhere', () => {
      for (const name of allServiceLinkedRoleNames()) {
        for (const use of findServiceLinkedRole(name)?.uses ?? []) assert.equal(use.role.name, name);
      }
    });

    it('describes the Organizations service-linked role', () => {
      assert.equal(ORGANIZATIONS_SLR.name, 'AWSServiceRoleForOrganizations');
      assert.equal(ORGANIZATIONS_SLR.principal, 'organizations.amazonaws.com');
      assert.equal(ORGANIZATIONS_SLR.path, '/aws-service-role/organizations.amazonaws.com/');
      assertProse(ORGANIZATIONS_SLR.description, 'Organizations role description');
    });

    it('keeps EventBridge as a service without trusted access', () => {
      const eventBridge = service('eventbridge');
      assert.equal(eventBridge.trustedAccess.supported, false);
      assert.deepEqual(eventBridge.principals, []);
    });
  });

  describe('principals', () => {
    it('finds IAM Identity Center by sso.amazonaws.com, with its role', () => {
      const sso = findServiceByPrincipal('sso.amazonaws.com');
      assert.equal(sso?.id, 'iam-identity-center');
      assert.deepEqual(
        serviceLinkedRolesForPrincipal('sso.amazonaws.com').map((r) => r.name),
        ['AWSServiceRoleForSSO'],
      );
    });

    it('finds StackSets by both of its principals, ahead of services listing them as related', () => {
      for (const p of ['stacksets.cloudformation.amazonaws.com', 'member.org.stacksets.cloudformation.amazonaws.com']) {
        const match = lookupPrincipal(p);
        assert.equal(match?.service.id, 'cloudformation-stacksets');
        assert.equal(match?.related, undefined);
      }
    });

    it('knows related principals and says which service they belong to', () => {
      const artifact = lookupPrincipal('artifact.amazonaws.com');
      assert.equal(artifact?.service.id, 'artifact');
      assert.ok(artifact?.related?.note);
      assert.ok(isKnownPrincipal('dashboard.eks.amazonaws.com'));
      assert.ok(isKnownPrincipal('agent.wellarchitected.amazonaws.com'));
    });

    it('compares principals exactly', () => {
      assert.equal(isKnownPrincipal('SSO.amazonaws.com'), false);
      assert.equal(isKnownPrincipal('notifications.amazon.com'), false);
      assert.equal(isKnownPrincipal('organizations.amazonaws.com'), false);
      assert.deepEqual(serviceLinkedRolesForPrincipal('nope.amazonaws.com'), []);
    });

    it('lists every principal and related principal once, sorted', () => {
      const all = allKnownPrincipals();
      assertUnique(all, 'known principals');
      assert.deepEqual(all, [...all].sort());
      for (const s of allServices()) {
        for (const p of [...s.principals, ...s.relatedPrincipals.map((r) => r.principal)]) assert.ok(all.includes(p), p);
      }
    });
  });

  describe('service-linked roles', () => {
    it('finds a role whatever its case, returning the canonical name', () => {
      const match = findServiceLinkedRole('AWSServiceRoleForAWSUserNotifications');
      assert.equal(match?.name, 'AWSServiceRoleForAwsUserNotifications');
      assert.deepEqual(match?.uses.map((u) => u.service.id), ['user-notifications']);
      assert.equal(findServiceLinkedRole('awsservicerolefororganizations')?.name, 'AWSServiceRoleForOrganizations');
    });

    it('marks the Organizations role, which no catalog service owns', () => {
      const match = findServiceLinkedRole('AWSServiceRoleForOrganizations');
      assert.equal(match?.isOrganizationsRole, true);
      assert.deepEqual(match?.uses, []);
    });

    it('lists every service that creates a shared role', () => {
      const ids = findServiceLinkedRole('AWSServiceRoleForCloudFormationStackSetsOrgAdmin')?.uses.map((u) => u.service.id);
      assert.deepEqual(ids, ['cloudformation-stacksets', 'network-manager']);
    });

    it('lists canonical names once, the Organizations role included', () => {
      const names = allServiceLinkedRoleNames();
      assert.ok(names.includes('AWSServiceRoleForOrganizations'));
      assert.ok(names.includes('AWSServiceRoleForAwsUserNotifications'));
      assertUnique(names.map((n) => n.toLowerCase()), 'role names');
      assert.equal(findServiceLinkedRole('AWSServiceRoleForNothing'), undefined);
    });

    it('gives StackSets roles their scopes', () => {
      const roles = serviceLinkedRolesForPrincipal('member.org.stacksets.cloudformation.amazonaws.com');
      assert.deepEqual(roles.map((r) => [r.name, r.scope]), [
        ['AWSServiceRoleForCloudFormationStackSetsOrgAdmin', 'management'],
        ['AWSServiceRoleForCloudFormationStackSetsOrgMember', 'members'],
      ]);
    });

    it('builds the Organizations role ARN', () => {
      assert.equal(
        organizationsRoleArn('111111111111'),
        'arn:aws:iam::111111111111:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations',
      );
    });
  });

  describe('enable and delegated administration', () => {
    it('flags services enabled from their own console or API only', () => {
      assert.equal(service('ipam').enable.fromServiceOnly, true);
      assert.equal(service('cloudformation-stacksets').enable.fromServiceOnly, true);
      assert.equal(service('cloudtrail').enable.fromServiceOnly, false);
      // Both document Organizations' EnableAWSServiceAccess as a step of their CLI route.
      assert.equal(service('guardduty').enable.fromServiceOnly, false);
      assert.equal(service('eks').enable.fromServiceOnly, false);
    });

    it('says where the management account can be its own administrator', () => {
      for (const id of ['guardduty', 'security-hub', 'detective']) {
        assert.equal(service(id).delegatedAdmin.managementAccountSelfAdmin, true, id);
      }
      assert.equal(service('cloudtrail').delegatedAdmin.managementAccountSelfAdmin, false);
    });

    it('warns that SSO cannot be disabled while Identity Center is in use', () => {
      assert.match(service('iam-identity-center').disable.caution ?? '', /cannot be turned off while Identity Center is in use/);
    });
  });
});
