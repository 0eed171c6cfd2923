/**
 * The IAM actions the deployer needs to apply a manifest, and the condition keys and values that
 * scope them. One list, read by the requirements (ORG701), the policy generator and
 * scripts/generate-iam-actions.ts, which keeps the catalog's condition keys of exactly these actions.
 */
export const ENABLE_ALL_FEATURES = 'organizations:EnableAllFeatures';
export const ACCEPT_HANDSHAKE = 'organizations:AcceptHandshake';
export const ENABLE_SERVICE_ACCESS = 'organizations:EnableAWSServiceAccess';
export const REGISTER_DELEGATED_ADMINISTRATOR = 'organizations:RegisterDelegatedAdministrator';
export const ENABLE_POLICY_TYPE = 'organizations:EnablePolicyType';
export const CREATE_POLICY = 'organizations:CreatePolicy';
export const ATTACH_POLICY = 'organizations:AttachPolicy';
export const CREATE_ACCOUNT = 'organizations:CreateAccount';
export const CREATE_SERVICE_LINKED_ROLE = 'iam:CreateServiceLinkedRole';

export const DEPLOYER_ACTIONS: readonly string[] = [
  ENABLE_ALL_FEATURES,
  ACCEPT_HANDSHAKE,
  ENABLE_SERVICE_ACCESS,
  REGISTER_DELEGATED_ADMINISTRATOR,
  ENABLE_POLICY_TYPE,
  CREATE_POLICY,
  ATTACH_POLICY,
  CREATE_ACCOUNT,
  CREATE_SERVICE_LINKED_ROLE,
];

export const SERVICE_PRINCIPAL_KEY = 'organizations:ServicePrincipal';
export const POLICY_TYPE_KEY = 'organizations:PolicyType';
export const AWS_SERVICE_NAME_KEY = 'iam:AWSServiceName';
export const SCP_POLICY_TYPE = 'SERVICE_CONTROL_POLICY';
