import assert from 'node:assert/strict';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { allServices } from '../../../server/src/data/catalog';
import { checkDiagnostics, diagnose } from '../helpers/annotations';
import { checkRuleSettings, orgHeader } from '../helpers/fixtures';

const withTrusted = (entries: string) => orgHeader('featureSet: ALL', `trustedAccess:\n${entries}`);

const ipam = withTrusted('  ipam.amazonaws.com: {}\n# ^^^^^^^^^^^^^^^^^^ ORG306\n');

describe('ORG306 trusted access enabled from the service itself', () => {
  it('fires on the principal with how to enable the integration, and no fix intent', () => {
    const [d] = checkDiagnostics(ipam);
    assert.match(d!.message, /turn on trusted access for Amazon VPC IP Address Manager.*from the service itself.*Only from IPAM.*does not call `EnableAWSServiceAccess` for `ipam\.amazonaws\.com`/);
    assert.equal(d!.data, undefined);
  });

  it('fires for StackSets, Service Quotas and the other from-service-only principals', () => {
    checkDiagnostics(
      withTrusted(`  member.org.stacksets.cloudformation.amazonaws.com: {}
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG306
  servicequotas.amazonaws.com: { enabled: true }
# ^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORG306
`),
    );
  });

  it('covers exactly the catalog services marked enable.fromServiceOnly', () => {
    for (const service of allServices()) {
      for (const principal of service.principals) {
        const codes = diagnose(withTrusted(`  ${principal}: {}\n`)).map((d) => d.code);
        assert.equal(codes.includes('ORG306'), service.enable.fromServiceOnly, `${principal}: ${codes.join(',')}`);
      }
    }
  });

  it('does not fire for enabled: false, or for services enabled from Organizations', () => {
    checkDiagnostics(withTrusted('  ipam.amazonaws.com: { enabled: false }\n  ram.amazonaws.com: {}\n  cloudtrail.amazonaws.com: {}\n'));
  });

  it('honours the settings', () => {
    checkRuleSettings(ipam, 'ORG306', DiagnosticSeverity.Information);
  });
});
