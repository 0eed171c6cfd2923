/**
 * What checks produce: a finding with a code, a span and a message, plus the related places and the
 * fix intent. Quick fixes read `data`, never the message (GUIDE: "Diagnostics carry data").
 */
import type { Span } from './text/span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedInfo {
  readonly span: Span;
  readonly message: string;
}

/** The fix a finding suggests, computed during validation. Serialised into the diagnostic's `data`. */
export type FixIntent =
  /** Replace the finding's span with one of these (did-you-mean), best first. */
  | { readonly kind: 'replaceWith'; readonly candidates: readonly string[] }
  /** Grant these actions to the account's administrator. `deniedBy`: Deny entries that block them. */
  | {
      readonly kind: 'addPermissions';
      readonly account: string;
      readonly actions: readonly string[];
      readonly deniedBy?: readonly { readonly action: string; readonly span: Span }[];
    }
  /** Remove an explicitly granted action from the account's administrator. */
  | { readonly kind: 'removePermission'; readonly account: string; readonly action: string; readonly spans: readonly Span[] }
  /** Set a deleted service-linked role back to `present` (the finding's span is the `deleted` value). */
  | { readonly kind: 'restoreRole' }
  /** Quote an account ID written as a number, keeping the digits exactly as written. */
  | { readonly kind: 'quoteAccountId'; readonly source: string }
  /** Add or re-enable trusted access for a principal. */
  | { readonly kind: 'enableTrustedAccess'; readonly principal: string }
  /** Set `organization.featureSet` to `ALL`. */
  | { readonly kind: 'setFeatureSetAll' }
  /** Grant the deployer these actions (ORG701); `principal`: the service principal a grant is for. */
  | { readonly kind: 'addDeployerPermissions'; readonly needs: readonly { readonly action: string; readonly principal?: string }[] };

export interface Finding {
  readonly code: string;
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedInfo[];
  readonly data?: FixIntent;
  /** Marks findings whose text is not a problem of the code but context (e.g. "unnecessary"). */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /**
   * Overrides the rule's severity for this one finding. Used by the limit notices (ORG001 "this file
   * is not checked"), which are informational whatever ORG001's severity; `off` still hides them.
   */
  readonly severity?: Severity;
}

export type Report = (finding: Finding) => void;
