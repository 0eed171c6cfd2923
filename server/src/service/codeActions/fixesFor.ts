/**
 * The fixes of one finding: those its fix intent (`data`) calls for, best first, and "Disable ORGnnn
 * for this line". Providers read the intent and the tree of the check, never the message.
 */
import type { Finding, FixIntent } from '../findings';
import { addDeployerPermissionsFixes } from './fixes/addDeployerPermissions';
import { addPermissionsFixes } from './fixes/addPermissions';
import { disableForLineFixes } from './fixes/disableForLine';
import { enableTrustedAccessFixes } from './fixes/enableTrustedAccess';
import { quoteAccountIdFixes } from './fixes/quoteAccountId';
import { removePermissionFixes } from './fixes/removePermission';
import { replaceWithFixes } from './fixes/replaceWith';
import { restoreRoleFixes } from './fixes/restoreRole';
import { setFeatureSetAllFixes } from './fixes/setFeatureSetAll';
import type { Fix, FixContext, FixProvider } from './types';

/** One provider per intent kind; kinds added later simply have no fix yet. */
const PROVIDERS: Partial<Record<FixIntent['kind'], FixProvider>> = {
  addPermissions: addPermissionsFixes,
  removePermission: removePermissionFixes,
  restoreRole: restoreRoleFixes,
  replaceWith: replaceWithFixes,
  quoteAccountId: quoteAccountIdFixes,
  enableTrustedAccess: enableTrustedAccessFixes,
  setFeatureSetAll: setFeatureSetAllFixes,
  addDeployerPermissions: addDeployerPermissionsFixes,
};

/** The fixes its intent calls for, the preferred one first (at most one is preferred). */
export function intentFixes(finding: Finding, ctx: FixContext): Fix[] {
  const provider = finding.data ? PROVIDERS[finding.data.kind] : undefined;
  const fixes = provider ? guarded(() => provider(finding, ctx)) : [];
  const preferred = fixes.find((fix) => fix.isPreferred);
  return preferred ? [preferred, ...fixes.filter((fix) => fix !== preferred).map((fix) => ({ ...fix, isPreferred: false }))] : fixes;
}

/** "Disable ORGnnn for this line", offered for every finding (never preferred, never applied unseen). */
export function disableFixes(finding: Finding, ctx: FixContext): Fix[] {
  return guarded(() => disableForLineFixes(finding, ctx));
}

/** A fix that cannot be worked out is not offered; it must never take the request down. */
function guarded(compute: () => Fix[]): Fix[] {
  try {
    return compute();
  } catch {
    return [];
  }
}
