/**
 * SCP targets as the SCP rules and the code lens read them: `Root`, an OU path or an account key,
 * with the same precedence as navigation (see ../navigation/referenceIndex.ts `targetKind`).
 */
import type { Manifest } from '../model/types';
import type { NameContext } from '../navigation/nameRules';
import { targetKind } from '../navigation/referenceIndex';
import type { TargetKind } from '../navigation/referenceIndex';

export type { TargetKind };

// Three rules ask per check; the sets are built once per manifest.
const namesCache = new WeakMap<Manifest, NameContext>();

/** The account keys and OU paths a reference can name. */
export function manifestNames(manifest: Manifest): NameContext {
  let names = namesCache.get(manifest);
  if (!names) {
    names = {
      accountKeys: new Set(manifest.accounts.map((account) => account.key)),
      ouPaths: new Set(manifest.organizationalUnits.map((ou) => ou.path)),
    };
    namesCache.set(manifest, names);
  }
  return names;
}

export function scpTargetKind(manifest: Manifest, target: string): TargetKind {
  return targetKind(target, manifestNames(manifest));
}

/** The AWS-managed SCP attached to every root, OU and account by default; it takes one place of the quota. */
export const FULL_AWS_ACCESS = 'FullAWSAccess';
