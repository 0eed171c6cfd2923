/**
 * Does a statement's `Resource` / `NotResource` admit the resource a request is about?
 *
 * The request names its resource as an ARN in which `*` stands for an identifier the manifest does
 * not know: the organization id (`o-*`) and handshake id (`h-*`) of a handshake, or an account id not
 * yet assigned. Identifiers never contain `/` or `:`, so such a `*` stays inside its ARN segment: a
 * `Resource` limited to `invite` handshakes cannot be about an `approve_all_features` one.
 * A request with no resource, or with the resource `*`, may be about anything.
 *
 * A statement without `Resource` and `NotResource` counts as `Resource: "*"` (the structure check
 * reports the missing key); with both, both must hold.
 */
import type { PolicyStatement } from '../model/types';
import { cachedGlob, compileGlob, coverTokens, SEGMENT_STAR, STAR, type Glob } from './glob';
import { intersectTokens } from './intersect';

/** Any resource at all: what a request without a resource stands for. */
const ANY_RESOURCE: Glob = Int32Array.of(STAR);

/** A request's resource, compiled once per request. */
export interface RequestResource {
  /** As written; undefined when the request names no resource. */
  readonly text: string | undefined;
  /** `*` compiled to identifier wildcards (`?` stays one character). */
  readonly glob: Glob;
  /** Whether the resource has unknown parts: then matching it may need the costlier DP. */
  readonly hasWildcards: boolean;
}

export function requestResource(resource: string | undefined): RequestResource {
  if (resource === undefined || resource === '*') return { text: resource, glob: ANY_RESOURCE, hasWildcards: true };
  const glob = compileGlob(resource, false);
  let hasWildcards = false;
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === STAR) glob[i] = SEGMENT_STAR;
    if (glob[i]! < 0) hasWildcards = true;
  }
  return { text: resource, glob, hasWildcards };
}

// Requests with unknown parts repeat across accounts (every invited account receives the same
// handshake ARN), and matching them against a pattern may take the DP: remember the answers, per
// variables mode, pattern and request text. Bounded like the glob caches.
const MAX_REMEMBERED = 50_000;
const remembered = [new Map<string, Map<string, boolean>>(), new Map<string, Map<string, boolean>>()] as const;
let rememberedCount = 0;

/** Could the pattern match the request's resource? (The two globs intersect.) */
function mayMatch(pattern: string, variables: boolean, requested: RequestResource): boolean {
  if (!requested.hasWildcards) return intersectTokens(cachedGlob(pattern, variables), requested.glob);
  const byPattern = remembered[variables ? 1 : 0];
  const text = requested.text ?? '*';
  let answers = byPattern.get(pattern);
  const known = answers?.get(text);
  if (known !== undefined) return known;
  const answer = intersectTokens(cachedGlob(pattern, variables), requested.glob);
  if (rememberedCount >= MAX_REMEMBERED) {
    remembered[0].clear();
    remembered[1].clear();
    rememberedCount = 0;
    answers = undefined;
  }
  if (answers === undefined) {
    answers = new Map<string, boolean>();
    byPattern.set(pattern, answers);
  }
  answers.set(text, answer);
  rememberedCount++;
  return answer;
}

/**
 * Does the statement's resource part admit the request's resource? Both tests lean towards "the
 * statement applies" when the unknown parts could go either way, as unknown conditions do:
 * - `Resource` admits the request when some pattern *could* match it (the globs intersect);
 * - `NotResource` rejects it only when some pattern *must* match it (the pattern covers everything
 *   the request's glob stands for). For a concrete ARN the two readings agree.
 *
 * `variables`: whether `${…}` in the patterns are policy variables (policy Version 2012-10-17).
 */
export function resourceApplies(statement: PolicyStatement, requested: RequestResource, variables: boolean): boolean {
  const { resource, notResource } = statement;
  if (resource !== undefined) {
    let admitted = false;
    for (const pattern of resource) {
      if (mayMatch(pattern.value, variables, requested)) {
        admitted = true;
        break;
      }
    }
    if (!admitted) return false;
  }
  if (notResource !== undefined) {
    for (const pattern of notResource) {
      if (coverTokens(cachedGlob(pattern.value, variables), requested.glob)) return false;
    }
  }
  return true;
}
