import assert from 'node:assert/strict';
import fc from 'fast-check';
import { globsIntersect, globMatches } from '../../../server/src/service/iam';
import { compileGlob, coverTokens } from '../../../server/src/service/iam/glob';
import { intersectTokens } from '../../../server/src/service/iam/intersect';
import { requestResource } from '../../../server/src/service/iam/resource';

const SLR_ARN =
  'arn:aws:iam::111111111111:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations';
const HANDSHAKE_ARN = 'arn:aws:organizations::111111111111:handshake/o-*/approve_all_features/h-*';

/** Reference matcher; with `identifiers`, `*` (a request's unknown id) takes no `/` or `:`. */
function referenceMatch(pattern: string, text: string, identifiers = false): boolean {
  if (pattern === '') return text === '';
  const [head, rest] = [pattern[0], pattern.slice(1)];
  if (head === '*') {
    if (referenceMatch(rest, text, identifiers)) return true;
    const first = text[0];
    if (first === undefined || (identifiers && (first === '/' || first === ':'))) return false;
    return referenceMatch(pattern, text.slice(1), identifiers);
  }
  if (text === '') return false;
  return (head === '?' || head === text[0]) && referenceMatch(rest, text.slice(1), identifiers);
}

/** Every string over `alphabet` up to `maxLength` characters. */
function allStrings(alphabet: readonly string[], maxLength: number): string[] {
  const out = [''];
  let frontier = [''];
  for (let n = 0; n < maxLength; n++) {
    frontier = frontier.flatMap((s) => alphabet.map((c) => s + c));
    out.push(...frontier);
  }
  return out;
}

/** Does the policy pattern possibly match the request resource (`*` in it an unknown id)? */
function mayMatch(policy: string, request: string): boolean {
  return intersectTokens(compileGlob(policy, false), requestResource(request).glob);
}

/** Must the policy pattern match whatever the request resource stands for? */
function mustMatch(policy: string, request: string): boolean {
  return coverTokens(compileGlob(policy, false), requestResource(request).glob);
}

/**
 * Reference: a common string exists iff one exists over {a, b, c} no longer than the two patterns
 * together (each character of a witness is consumed by a non-star token of one side; a star needs
 * nothing but a letter, and `c` is free for it).
 */
function referenceIntersect(a: string, b: string): boolean {
  const limit = a.length + b.length;
  let frontier = [''];
  for (let n = 0; n <= limit; n++) {
    if (frontier.some((s) => globMatches(a, s) && globMatches(b, s))) return true;
    frontier = frontier.flatMap((s) => ['a', 'b', 'c'].map((c) => s + c));
  }
  return false;
}

describe('iam globsIntersect', () => {
  it('is plain matching when one side has no wildcards', () => {
    assert.equal(globsIntersect('arn:aws:iam::*:role/aws-service-role/*', SLR_ARN), true);
    assert.equal(globsIntersect(SLR_ARN, 'arn:aws:iam::*:role/aws-service-role/*'), true);
    assert.equal(globsIntersect('arn:aws:iam::*:role/service-role/*', SLR_ARN), false);
    assert.equal(globsIntersect(SLR_ARN, SLR_ARN), true);
    assert.equal(globsIntersect(SLR_ARN, SLR_ARN + 'x'), false);
  });

  it('treats "*" on either side as matching everything', () => {
    assert.equal(globsIntersect('*', HANDSHAKE_ARN), true);
    assert.equal(globsIntersect(HANDSHAKE_ARN, '*'), true);
    assert.equal(globsIntersect('*', ''), true);
  });

  it('finds overlap between two wildcard ARNs', () => {
    assert.equal(globsIntersect('arn:aws:organizations::*:handshake/*', HANDSHAKE_ARN), true);
    assert.equal(globsIntersect('arn:aws:organizations::111111111111:handshake/o-abc123/*/*', HANDSHAKE_ARN), true);
    assert.equal(
      globsIntersect('arn:aws:organizations::*:handshake/o-*/invite/*', 'arn:aws:organizations::1:handshake/o-x/invite/h-1'),
      true,
    );
  });

  it('rules out wildcard ARNs that cannot meet', () => {
    assert.equal(globsIntersect('arn:aws:organizations::222222222222:handshake/*', HANDSHAKE_ARN), false);
    assert.equal(globsIntersect('arn:aws-cn:organizations::*:handshake/*', HANDSHAKE_ARN), false);
    assert.equal(globsIntersect('arn:aws:organizations::*:handshake/*/h-*/x', HANDSHAKE_ARN + 'y'), false);
  });

  it('lets stars span slashes and colons, as IAM does', () => {
    assert.equal(globsIntersect('arn:aws:organizations::*:handshake/o-*/invite/h-*', HANDSHAKE_ARN), true,
      'o-* may itself contain "x/invite/h-y/approve_all_features"');
    assert.equal(globsIntersect('arn:aws:organizations::*:account/*', HANDSHAKE_ARN), true,
      'the account-id star may swallow ":handshake/o-x" and o-* the ":account/…" part');
    assert.equal(globsIntersect('a*b', 'c*'), false);
    assert.equal(globsIntersect('*a', '*b'), false);
    assert.equal(globsIntersect('a*', '*b'), true);
  });

  it('is case-sensitive', () => {
    assert.equal(globsIntersect('arn:aws:iam::*:role/AWS-SERVICE-ROLE/*', SLR_ARN), false);
    assert.equal(globsIntersect('A*', 'a*'), false);
  });

  it('handles ? on both sides', () => {
    assert.equal(globsIntersect('a?c', 'ab?'), true);
    assert.equal(globsIntersect('a?c', 'a?d'), false);
    assert.equal(globsIntersect('??', '?'), false);
    assert.equal(globsIntersect('??', '*'), true);
    assert.equal(globsIntersect('?*', ''), false);
    assert.equal(globsIntersect('*?*', 'x'), true);
  });

  it('handles the empty pattern', () => {
    assert.equal(globsIntersect('', ''), true);
    assert.equal(globsIntersect('', '**'), true);
    assert.equal(globsIntersect('', 'a*'), false);
  });

  it('handles stars on both sides in the middle', () => {
    assert.equal(globsIntersect('x*ab*y', 'x*ba*y'), true);
    assert.equal(globsIntersect('x?a?y', 'x*b*y'), true);
    assert.equal(globsIntersect('xa?ay', 'x*b*y'), true);
    assert.equal(globsIntersect('xaaay', 'x*b*y'), false);
  });

  it('is symmetric and agrees with a brute-force reference on random small globs', () => {
    const small = fc.stringMatching(/^[ab*?]{0,4}$/);
    fc.assert(
      fc.property(small, small, (a, b) => {
        const got = globsIntersect(a, b);
        return got === globsIntersect(b, a) && got === referenceIntersect(a, b);
      }),
      { numRuns: 1_000 },
    );
  });

  it('finishes on long adversarial patterns', () => {
    const a = 'a*'.repeat(1_000) + 'b';
    const b = '*a'.repeat(1_000) + 'c';
    assert.equal(globsIntersect(a, b), false);
    assert.equal(globsIntersect(a, '*a'.repeat(1_000) + '*b'), true);
    assert.equal(globsIntersect('x*' + '?'.repeat(1_500) + '*y', 'x' + 'z'.repeat(1_499) + 'y'), false);
  });

  it('stays exact on long inputs', () => {
    // A run of 'a's can never fit into 'b?b?…'.
    assert.equal(globsIntersect('*' + 'a'.repeat(5_000) + '*', 'b?'.repeat(5_000)), false);
    assert.equal(globsIntersect('*' + 'a'.repeat(5_000) + '*', '?'.repeat(10_000)), true);
    assert.equal(globsIntersect('*' + 'a'.repeat(5_000) + '*', 'b*' + 'b'.repeat(5_000)), true);
  });

  it('treats policy variables as unknown text that could be anything', () => {
    const policy = compileGlob('arn:aws:iam::${aws:PrincipalAccount}:role/aws-service-role/*', true);
    assert.equal(intersectTokens(policy, compileGlob(SLR_ARN, false)), true);
    const literal = compileGlob('arn:aws:iam::${aws:PrincipalAccount}:role/aws-service-role/*', false);
    assert.equal(intersectTokens(literal, compileGlob(SLR_ARN, false)), false);
  });
});

describe('iam resource matching with unknown identifiers in the request', () => {
  it('keeps a request wildcard inside its ARN segment', () => {
    assert.equal(mayMatch('arn:aws:organizations::*:handshake/*/invite/*', HANDSHAKE_ARN), false);
    assert.equal(mayMatch('arn:aws:organizations::*:handshake/*/approve_all_features/*', HANDSHAKE_ARN), true);
    assert.equal(mayMatch('arn:aws:organizations::*:handshake/*', HANDSHAKE_ARN), true);
    assert.equal(mayMatch('arn:aws:organizations::*:handshake/o-abc/*', HANDSHAKE_ARN), true);
    assert.equal(mayMatch('arn:aws:organizations::*:handshake/o-abc/def/*', HANDSHAKE_ARN), false);
    assert.equal(mayMatch('arn:aws:organizations::*:account/*', HANDSHAKE_ARN), false);
  });

  it('lets an unknown account id be any id, but not one with a separator', () => {
    const unknownAccount = 'arn:aws:iam::*:role/x';
    assert.equal(mayMatch('arn:aws:iam::111111111111:role/x', unknownAccount), true);
    assert.equal(mayMatch('arn:aws:iam::1:2:role/x', unknownAccount), false);
    assert.equal(mayMatch('arn:aws:iam::1/2:role/x', unknownAccount), false);
  });

  it('still lets a policy star span separators', () => {
    assert.equal(mayMatch('arn:aws:organizations::*', HANDSHAKE_ARN), true);
    assert.equal(mayMatch('*/approve_all_features/*', HANDSHAKE_ARN), true);
  });

  it('treats no resource, or "*", as any resource at all', () => {
    assert.equal(mayMatch('arn:aws:s3:::bucket/a/b:c', '*'), true);
    assert.equal(intersectTokens(compileGlob('x/y', false), requestResource(undefined).glob), true);
    assert.equal(mustMatch('*', '*'), true);
    assert.equal(mustMatch('arn:*', '*'), false);
  });

  it('keeps ? in the request as any one character', () => {
    assert.equal(mayMatch('a/b', 'a?b'), true);
  });

  it('decides coverage of unknown ids soundly', () => {
    assert.equal(mustMatch('arn:aws:organizations::*:handshake/*', HANDSHAKE_ARN), true);
    assert.equal(mustMatch('arn:aws:organizations::*:handshake/o-*/approve_all_features/h-*', HANDSHAKE_ARN), true);
    assert.equal(mustMatch('arn:aws:organizations::*:handshake/o-abc/*', HANDSHAKE_ARN), false);
  });

  it('agrees with a brute-force reference on random small globs', () => {
    const policy = fc.stringMatching(/^[a/*?]{0,4}$/);
    const request = fc.stringMatching(/^[a/*?]{0,4}$/).filter((r) => r !== '*');
    const strings = allStrings(['a', 'b', '/'], 8);
    fc.assert(
      fc.property(policy, request, (p, r) => {
        const expected = strings.some((w) => referenceMatch(p, w) && referenceMatch(r, w, true));
        return mayMatch(p, r) === expected;
      }),
      { numRuns: 1_000 },
    );
  });

  it('never claims coverage that some instance of the request breaks', () => {
    const small = fc.stringMatching(/^[a/*?]{0,5}$/);
    const strings = allStrings(['a', 'b', '/'], 6);
    fc.assert(
      fc.property(small, small.filter((r) => r !== '*'), (p, r) => {
        if (!mustMatch(p, r)) return true;
        return strings.every((w) => !referenceMatch(r, w, true) || referenceMatch(p, w));
      }),
      { numRuns: 500 },
    );
  });

  it('answers "possibly" instead of doing unbounded work, and is exact below the bound', () => {
    // "a/a/…" cannot fit into "b?b?…" (every other character is a b), nor into the request's trailing
    // unknown id (it takes no slash).
    const policy = (n: number) => '*' + 'a/'.repeat(n) + '*';
    const request = (n: number) => 'b?'.repeat(2 * n) + '*';
    assert.equal(mayMatch(policy(1_500), request(1_500)), true, 'over the bound: possibly');
    assert.equal(mayMatch(policy(300), request(300)), false);
    assert.equal(mayMatch(policy(300), '?'.repeat(1_200) + '*'), true);
  });
});
