/** A valid manifest head that completion fixtures continue with half-typed text. */
export const HEAD = `apiVersion: orgmanifest/v1
organization:
  featureSet: ALL
  managementAccount: management
organizationalUnits:
  Security: {}
  Workloads:
    Prod: {}
accounts:
  management:
    id: "111111111111"
  security:
    id: "222222222222"
    joined: created
    ou: Security
  payments:
    id: "333333333333"
    joined: invited
`;
