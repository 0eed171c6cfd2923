/** One manifest with every position kind hover knows; tests put the `|` cursor in it with `place()`. */
export const MANIFEST = `apiVersion: orgmanifest/v1
organization:
  name: acme
  featureSet: ALL
  currentFeatureSet: CONSOLIDATED_BILLING
  managementAccount: management
organizationalUnits:
  Security: {}
  Workloads:
    Prod: {}
accounts:
  management:
    id: "111111111111"
  security:
    name: Security Tooling
    id: "222222222222"
    joined: created
    ou: Security
  payments:
    id: "333333333333"
    joined: invited
    ou: Workloads/Prod
    administrator:
      permissions: [Organizations:acceptHANDSHAKE]
    serviceLinkedRoles:
      AWSServiceRoleForOrganizations: present
      AWSServiceRoleForAWSUserNotifications: present
  legacy:
    id: "444444444444"
    joined: invited
    administrator:
      policy:
        Version: "2012-10-17"
        Statement:
          - Sid: Everything
            Effect: Allow
            Action: ["organizations:*", "iam:*"]
            Resource: "*"
          - Sid: StayPut
            Effect: Deny
            Action: organizations:AcceptHandshake
            Resource: "*"
    serviceLinkedRoles: { AWSServiceRoleForOrganizations: deleted, AWSServiceRoleForSSO: present }
trustedAccess:
  sso.amazonaws.com:
    delegatedAdministrator: security
  artifact.amazonaws.com: {}
  cloudtrail.amazonaws.com: { enabled: false }
  ssoo.amazonaws.com: {}
identityCenter:
  assignments:
    - { account: payments, permissionSet: ReadOnly }
policies:
  serviceControlPolicies:
    DenyLeave:
      targets: [Root, Workloads/Prod, payments]
      document:
        Statement:
          - Effect: Deny
            Action: organizations:LeaveOrganization
            Resource: "*"
handshakes:
  - { type: APPROVE_ALL_FEATURES, account: payments, state: OPEN }
deployer:
  policy:
    Statement:
      - Effect: Allow
        Action: organizations:EnableAWSServiceAccess
        Resource: "*"
        Condition:
          StringEquals:
            organizations:ServicePrincipal: [sso.amazonaws.com, guardduty.amazonaws.com]
            iam:AWSServiceName: organizations.amazonaws.com
`;
