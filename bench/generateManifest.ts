/**
 * Deterministic, realistic manifests of any size for the benchmark (and for tests that need a big
 * file): nested OUs, created and invited accounts, administrators in several styles, some deleted
 * Organizations roles, an upgrade to all features in progress with some approvals done, trusted
 * services with delegated administrators, Identity Center, SCPs and a deployer. About 1% of the
 * accounts carry a real finding, as in a real organization mid-migration.
 */

/** Small, fast, seedable PRNG (mulberry32): the same size always gives the same file. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUS = ['Security', 'Infrastructure', 'Workloads/Prod', 'Workloads/NonProd', 'Workloads/Prod/PCI', 'Sandbox', 'Acquisitions/Widgetco', 'Suspended'];
const TEAMS = ['payments', 'search', 'ledger', 'mobile', 'web', 'data', 'ml', 'risk', 'identity', 'billing', 'catalog', 'orders'];

export interface GeneratedManifest {
  readonly text: string;
  readonly accountKeys: readonly string[];
}

export function generateManifest(accountCount: number, seed = 42): GeneratedManifest {
  const rnd = random(seed + accountCount);
  const lines: string[] = [
    `# Generated benchmark manifest: ${accountCount} accounts (seed ${seed}).`,
    'apiVersion: orgmanifest/v1',
    'organization:',
    '  name: bench',
    '  featureSet: ALL',
    '  currentFeatureSet: CONSOLIDATED_BILLING  # the upgrade is in progress',
    '  managementAccount: management',
    'organizationalUnits:',
    '  Security: {}',
    '  Infrastructure: {}',
    '  Workloads:',
    '    Prod:',
    '      PCI: {}',
    '    NonProd: {}',
    '  Sandbox: {}',
    '  Acquisitions:',
    '    Widgetco: {}',
    '  Suspended: {}',
    'accounts:',
    '  management:',
    '    id: "100000000000"',
    '    email: aws-management@bench.example',
  ];
  const keys = ['management'];
  const invitedAccepted: string[] = [];
  for (let i = 1; i < accountCount; i++) {
    const key = `${TEAMS[i % TEAMS.length]}-${String(i).padStart(5, '0')}`;
    keys.push(key);
    const invited = rnd() < 0.3;
    const roleDeleted = rnd() < 0.03;
    lines.push(`  ${key}:`, `    id: "${String(100000000000 + i * 7)}"`, `    email: aws-${key}@bench.example`);
    lines.push(`    joined: ${invited ? 'invited' : 'created'}`, `    ou: ${OUS[Math.floor(rnd() * OUS.length)]}`);
    const broken = rnd() < 0.01;
    // Created accounts are asked nothing unless their role was deleted: most declare no administrator.
    if (invited || roleDeleted || rnd() < 0.1) lines.push(...administrator(invited, roleDeleted, broken, rnd));
    if (roleDeleted) lines.push('    serviceLinkedRoles:', '      AWSServiceRoleForOrganizations: deleted');
    if (invited && rnd() < 0.5) invitedAccepted.push(key);
  }
  lines.push(...trailer(keys, invitedAccepted));
  return { text: lines.join('\n') + '\n', accountKeys: keys };
}

/** The administrator block in one of several styles; `broken` leaves out what the upgrade needs. */
function administrator(invited: boolean, roleDeleted: boolean, broken: boolean, rnd: () => number): string[] {
  const needed = [...(invited || roleDeleted ? ['organizations:AcceptHandshake'] : []), ...(roleDeleted ? ['iam:CreateServiceLinkedRole'] : [])];
  const actions = broken ? ['organizations:DescribeOrganization'] : [...needed, 'organizations:DescribeOrganization'];
  const style = rnd();
  if (style < 0.4) return ['    administrator:', '      permissions:', ...actions.map((a) => `        - ${a}`)];
  if (style < 0.7) return ['    administrator:', `      permissions: [${actions.join(', ')}]`];
  if (style < 0.9) {
    return [
      '    administrator:',
      '      policy:',
      '        Version: "2012-10-17"',
      '        Statement:',
      '          - Effect: Allow',
      `            Action: [${actions.join(', ')}]`,
      '            Resource: "*"',
    ];
  }
  return ['    administrator:', '      permissions: ["organizations:*", "iam:*"]  # broad, for the platform team'];
}

function trailer(keys: readonly string[], accepted: readonly string[]): string[] {
  const security = keys[1] ?? 'management';
  const lines = [
    'trustedAccess:',
    '  sso.amazonaws.com:',
    `    delegatedAdministrator: ${security}`,
    '  cloudtrail.amazonaws.com: {}',
    '  config.amazonaws.com: {}',
    '  guardduty.amazonaws.com:',
    `    delegatedAdministrator: ${security}`,
    'identityCenter:',
    '  permissionSets:',
    '    ReadOnly: { managedPolicies: ["arn:aws:iam::aws:policy/ReadOnlyAccess"] }',
    '    Admin: { managedPolicies: ["arn:aws:iam::aws:policy/AdministratorAccess"] }',
    '  assignments:',
  ];
  for (let i = 1; i < keys.length; i += 10) lines.push(`    - { account: ${keys[i]}, permissionSet: ReadOnly, group: auditors }`);
  lines.push(
    'policies:',
    '  serviceControlPolicies:',
    '    DenyLeaveOrganization:',
    '      targets: [Root]',
    '      document:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - { Effect: Deny, Action: "organizations:LeaveOrganization", Resource: "*" }',
    '    RegionGuard:',
    '      targets: [Workloads/Prod, Workloads/NonProd]',
    '      document:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - Effect: Deny',
    '            NotAction: ["iam:*", "organizations:*", "sts:*", "support:*"]',
    '            Resource: "*"',
    '            Condition:',
    '              StringNotEquals: { "aws:RequestedRegion": [eu-west-1, eu-central-1] }',
    'handshakes:',
    '  - { type: ENABLE_ALL_FEATURES, account: management, state: OPEN }',
  );
  for (const key of accepted) lines.push(`  - { type: APPROVE_ALL_FEATURES, account: ${key}, state: ACCEPTED }`);
  lines.push(
    'deployer:',
    '  permissions:',
    '    - organizations:EnableAllFeatures',
    '    - organizations:EnableAWSServiceAccess',
    '    - organizations:RegisterDelegatedAdministrator',
    '    - organizations:EnablePolicyType',
    '    - organizations:CreatePolicy',
    '    - organizations:AttachPolicy',
  );
  return lines;
}
