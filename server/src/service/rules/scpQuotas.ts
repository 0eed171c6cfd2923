/**
 * The SCP quotas ORG404 and ORG405 check against. They are settings (`orgManifest.scp.*`) because
 * AWS changes them: 5,120 characters and 5 SCPs per target until April 2026, 10,240 and 10 since
 * May 2026 (../shared/reference/aws-org-facts.md §7). The defaults are today's AWS defaults.
 */
export interface ScpQuotas {
  /** Most characters of one SCP document, minified. */
  readonly maxSize: number;
  /** Most SCPs attached directly to one root, OU or account, `FullAWSAccess` included. */
  readonly maxPerTarget: number;
}

export const DEFAULT_SCP_QUOTAS: ScpQuotas = { maxSize: 10_240, maxPerTarget: 10 };
