// The generator's own checks, on small synthetic inputs: it must refuse inputs that would silently
// lose or invent facts. Independent of the reference notes, so it always runs.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';

interface Generator {
  buildCatalog(reference: unknown, overlay: unknown): { services: Record<string, unknown>[] };
  renderCatalog(catalog: unknown): string;
}

const generatorPath = resolve(__dirname, '../../../scripts/generate-catalog.mjs');

function reference(extra: Record<string, unknown> = {}): Record<string, unknown>[] {
  return [
    {
      service: 'Example Service',
      principals: ['example.amazonaws.com'],
      relatedPrincipals: [],
      serviceLinkedRoles: ['AWSServiceRoleForExample'],
      supportsTrustedAccess: true,
      delegatedAdminSupported: false,
      enableHow: 'Organizations tools.',
      docUrl: 'https://docs.aws.amazon.com/example.html',
      ...extra,
    },
  ];
}

function overlay(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    organizationsServiceLinkedRole: {
      name: 'AWSServiceRoleForOrganizations',
      principal: 'organizations.amazonaws.com',
      path: '/aws-service-role/organizations.amazonaws.com/',
      managedPolicy: 'AWSOrganizationsServiceTrustPolicy',
      description: 'The Organizations role.',
    },
    services: {
      'Example Service': {
        id: 'example',
        name: 'Example',
        description: 'Does things.',
        enable: 'Enable it.',
        disable: 'Disable it.',
        ...extra,
      },
    },
  };
}

describe('catalog generator', () => {
  let generator: Generator;
  before(async () => {
    generator = (await import(generatorPath)) as Generator;
  });

  it('builds an entry and renders it deterministically', () => {
    const catalog = generator.buildCatalog(reference(), overlay());
    assert.equal(catalog.services[0]?.['id'], 'example');
    assert.equal(generator.renderCatalog(catalog), generator.renderCatalog(generator.buildCatalog(reference(), overlay())));
  });

  it('splits an annotated role into its name and the overlay scope', () => {
    const ref = reference({ serviceLinkedRoles: ['AWSServiceRoleForExample (management account)'] });
    assert.throws(() => generator.buildCatalog(ref, overlay()), /annotated/);
    const ov = overlay({ serviceLinkedRoles: { AWSServiceRoleForExample: { scope: 'management' } } });
    assert.deepEqual(generator.buildCatalog(ref, ov).services[0]?.['serviceLinkedRoles'], [
      { name: 'AWSServiceRoleForExample', scope: 'management' },
    ]);
  });

  it('derives fromServiceOnly from the wording and wants a reason to differ', () => {
    const ref = reference({ enableHow: 'Only through Example.' });
    const built = generator.buildCatalog(ref, overlay()).services[0]?.['enable'];
    assert.deepEqual(built, { summary: 'Enable it.', fromServiceOnly: true });
    assert.throws(() => generator.buildCatalog(ref, overlay({ fromServiceOnly: false })), /verified/);
    const reasoned = overlay({ fromServiceOnly: false, verified: { 'enable.fromServiceOnly': 'checked' } });
    assert.doesNotThrow(() => generator.buildCatalog(ref, reasoned));
  });

  it('refuses missing or extra overlay entries and unknown keys', () => {
    assert.throws(() => generator.buildCatalog(reference({ service: 'Other' }), overlay()), /matches no reference/);
    assert.throws(() => generator.buildCatalog(reference(), overlay({ colour: 'blue' })), /unknown key/);
  });

  it('requires our own note for each related principal', () => {
    const ref = reference({ relatedPrincipals: [{ principal: 'legacy.amazonaws.com', note: 'theirs' }] });
    assert.throws(() => generator.buildCatalog(ref, overlay()), /related principal/);
  });

  it('requires delegated-admin details exactly when it is supported', () => {
    assert.throws(() => generator.buildCatalog(reference({ delegatedAdminSupported: true }), overlay()), /describe it/);
    const da = { how: 'Register it.', registeredWith: 'organizations' };
    assert.throws(() => generator.buildCatalog(reference(), overlay({ delegatedAdmin: da })), /unsupported/);
  });
});
