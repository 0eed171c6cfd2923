import assert from 'node:assert/strict';
import fc from 'fast-check';
import { actionMatches, globCovers, globMatches } from '../../../server/src/service/iam';
import { ANY, compileGlob, matchTokens, STAR, UNKNOWN } from '../../../server/src/service/iam/glob';

/** Obviously-correct (exponential) reference matcher for small inputs. */
function referenceMatch(pattern: string, text: string): boolean {
  if (pattern === '') return text === '';
  const [head, rest] = [pattern[0], pattern.slice(1)];
  if (head === '*') return referenceMatch(rest, text) || (text !== '' && referenceMatch(pattern, text.slice(1)));
  if (text === '') return false;
  return (head === '?' || head === text[0]) && referenceMatch(rest, text.slice(1));
}

/** Every string over `alphabet` up to `maxLength` characters. */
function allStrings(alphabet: string, maxLength: number): string[] {
  const out = [''];
  let frontier = [''];
  for (let n = 0; n < maxLength; n++) {
    frontier = frontier.flatMap((s) => [...alphabet].map((c) => s + c));
    out.push(...frontier);
  }
  return out;
}

describe('iam glob: actionMatches', () => {
  it('matches an exact action name', () => {
    assert.equal(actionMatches('organizations:AcceptHandshake', 'organizations:AcceptHandshake'), true);
    assert.equal(actionMatches('organizations:AcceptHandshake', 'organizations:DeclineHandshake'), false);
  });

  it('ignores case in the prefix and in the name, on either side', () => {
    assert.equal(actionMatches('IAM:createservicelinkedrole', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:CreateServiceLinkedRole', 'IAM:CREATESERVICELINKEDROLE'), true);
    assert.equal(actionMatches('Organizations:*', 'organizations:EnableAWSServiceAccess'), true);
    assert.equal(actionMatches('iam:create*', 'IAM:CreateRole'), true);
  });

  it('treats "*" alone as every action', () => {
    assert.equal(actionMatches('*', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('*', ''), true);
  });

  it('matches a service wildcard only within that service', () => {
    assert.equal(actionMatches('organizations:*', 'organizations:AcceptHandshake'), true);
    assert.equal(actionMatches('organizations:*', 'iam:CreateServiceLinkedRole'), false);
    assert.equal(actionMatches('organizations:*', 'organizationsx:AcceptHandshake'), false);
  });

  it('matches a prefix wildcard such as iam:Create*', () => {
    assert.equal(actionMatches('iam:Create*', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:Create*', 'iam:Create'), true, 'the star may match nothing');
    assert.equal(actionMatches('iam:Create*', 'iam:DeleteServiceLinkedRole'), false);
  });

  it('matches wildcards in the middle and at the start', () => {
    assert.equal(actionMatches('iam:*ServiceLinked*', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:*ServiceLinked*', 'iam:CreateRole'), false);
    assert.equal(actionMatches('*:AcceptHandshake', 'organizations:AcceptHandshake'), true);
    assert.equal(actionMatches('organizations:*Handshake', 'organizations:AcceptHandshake'), true);
    assert.equal(actionMatches('organizations:*Handshake', 'organizations:AcceptHandshakes'), false);
  });

  it('lets a star cross the colon', () => {
    assert.equal(actionMatches('org*Handshake', 'organizations:AcceptHandshake'), true);
    assert.equal(actionMatches('i*Role', 'iam:CreateServiceLinkedRole'), true);
  });

  it('matches ? as exactly one character', () => {
    assert.equal(actionMatches('iam:?reateServiceLinkedRole', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:CreateServiceLinkedRol?', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:CreateServiceLinkedRole?', 'iam:CreateServiceLinkedRole'), false);
    assert.equal(actionMatches('iam:C??ateServiceLinkedRole', 'iam:CreateServiceLinkedRole'), true);
    assert.equal(actionMatches('iam:C?ateServiceLinkedRole', 'iam:CreateServiceLinkedRole'), false);
  });

  it('needs the whole action to match, not a part of it', () => {
    assert.equal(actionMatches('iam:Create', 'iam:CreateServiceLinkedRole'), false);
    assert.equal(actionMatches('iam:CreateServiceLinkedRole', 'iam:CreateServiceLinkedRoles'), false);
    assert.equal(actionMatches('am:CreateServiceLinkedRole', 'iam:CreateServiceLinkedRole'), false);
  });

  it('takes regex metacharacters literally', () => {
    assert.equal(actionMatches('iam:.*', 'iam:CreateRole'), false);
    assert.equal(actionMatches('iam:.*', 'iam:.anything'), true);
    assert.equal(actionMatches('iam:(Create)+[A-Z]$', 'iam:(create)+[a-z]$'), true);
    assert.equal(actionMatches('iam:Creat.', 'iam:Create'), false);
    assert.equal(actionMatches('a\\*b', 'a\\xyzb'), true, 'a backslash escapes nothing');
  });

  it('folds case beyond ASCII too', () => {
    assert.equal(actionMatches('svc:ÄnderungÉ', 'SVC:äNDERUNGé'), true);
    assert.equal(actionMatches('svc:Ä*', 'svc:ä'), true);
    assert.equal(actionMatches('svc:Ä', 'svc:A'), false);
  });

  it('does not match an empty pattern against a real action', () => {
    assert.equal(actionMatches('', 'iam:CreateRole'), false);
    assert.equal(actionMatches('', ''), true);
  });

  it('backtracks when the first place a star could stop is wrong', () => {
    assert.equal(actionMatches('iam:*Role', 'iam:CreateRoleRole'), true);
    assert.equal(actionMatches('iam:*Role*Policy', 'iam:PutRolePermissionsBoundaryRolePolicy'), true);
    assert.equal(actionMatches('a*ab', 'aaab'), true);
    assert.equal(actionMatches('a*ab', 'aaaba'), false);
  });

  it('finishes on long adversarial patterns', () => {
    const pattern = 'a*'.repeat(2_000) + 'b';
    assert.equal(actionMatches(pattern, 'a'.repeat(5_000)), false);
    assert.equal(actionMatches(pattern, 'a'.repeat(5_000) + 'b'), true);
    assert.equal(actionMatches('*?'.repeat(3_000) + 'x', '?'.repeat(6_000)), false);
  });

  it('agrees with a reference matcher on random small inputs', () => {
    const pattern = fc.stringMatching(/^[aAb*?]{0,7}$/);
    const text = fc.stringMatching(/^[aAb]{0,8}$/);
    fc.assert(
      fc.property(pattern, text, (p, t) => actionMatches(p, t) === referenceMatch(p.toLowerCase(), t.toLowerCase())),
      { numRuns: 2_000 },
    );
  });
});

describe('iam glob: globMatches (case-sensitive)', () => {
  it('matches ARNs with wildcards, respecting case', () => {
    const arn = 'arn:aws:iam::111111111111:role/aws-service-role/organizations.amazonaws.com/AWSServiceRoleForOrganizations';
    assert.equal(globMatches('arn:aws:iam::*:role/aws-service-role/*', arn), true);
    assert.equal(globMatches('arn:aws:iam::*:role/AWS-service-role/*', arn), false);
    assert.equal(globMatches('organizations.amazonaws.com', 'Organizations.amazonaws.com'), false);
  });

  it('agrees with a reference matcher on random small inputs', () => {
    const pattern = fc.stringMatching(/^[aAb*?]{0,7}$/);
    const text = fc.stringMatching(/^[aAb]{0,8}$/);
    fc.assert(
      fc.property(pattern, text, (p, t) => globMatches(p, t) === referenceMatch(p, t)),
      { numRuns: 2_000 },
    );
  });
});

describe('iam glob: compileGlob', () => {
  it('collapses runs of stars and marks ?', () => {
    assert.deepEqual([...compileGlob('a**?', false)], [97, STAR, ANY]);
  });

  it('reads policy variables only when asked to', () => {
    assert.deepEqual([...compileGlob('x${aws:username}y', true)], [120, UNKNOWN, 121]);
    assert.deepEqual([...compileGlob('${a}', false)], [...'${a}'].map((c) => c.charCodeAt(0)));
  });

  it('turns ${*}, ${?} and ${$} into literal characters', () => {
    assert.deepEqual([...compileGlob('${*}${?}${$}', true)], [42, 63, 36]);
    assert.equal(matchTokens(compileGlob('a${*}', true), 'a*', false), true);
    assert.equal(matchTokens(compileGlob('a${*}', true), 'ab', false), false);
  });

  it('keeps an unterminated ${ as text', () => {
    assert.deepEqual([...compileGlob('a${b', true)], [...'a${b'].map((c) => c.charCodeAt(0)));
  });
});

describe('iam glob: globCovers', () => {
  it('is plain matching when the subject has no wildcards', () => {
    assert.equal(globCovers('arn:aws:iam::*:role/*', 'arn:aws:iam::111111111111:role/x'), true);
    assert.equal(globCovers('arn:aws:iam::*:role/*', 'arn:aws:iam::111111111111:user/x'), false);
  });

  it('requires a star to cover a subject star', () => {
    assert.equal(globCovers('arn:aws:organizations::*:handshake/*', 'arn:aws:organizations::1:handshake/o-*/h-*'), true);
    assert.equal(globCovers('arn:aws:organizations::1:handshake/o-abc/*', 'arn:aws:organizations::1:handshake/o-*/h-*'), false);
    assert.equal(globCovers('a?', 'a*'), false, 'a* includes "a", which a? does not match');
  });

  it('lets ? or * cover a subject ?, but not a literal', () => {
    assert.equal(globCovers('a?', 'a?'), true);
    assert.equal(globCovers('a*', 'a?'), true);
    assert.equal(globCovers('ab', 'a?'), false);
  });

  it('lets a trailing star cover nothing more', () => {
    assert.equal(globCovers('a*', 'a'), true);
    assert.equal(globCovers('a*b*', 'ab'), true);
  });

  it('covers everything with "*" and the lone star only with a star', () => {
    assert.equal(globCovers('*', '*'), true);
    assert.equal(globCovers('a*', '*'), false);
    assert.equal(globCovers('**', '*'), true);
  });

  it('agrees with plain matching for subjects without wildcards', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ab*?]{0,6}$/), fc.stringMatching(/^[ab]{0,6}$/), (pattern, subject) => {
        return globCovers(pattern, subject) === referenceMatch(pattern, subject);
      }),
      { numRuns: 1_000 },
    );
  });

  it('never claims coverage that some instance of the subject breaks (soundness)', () => {
    const small = fc.stringMatching(/^[ab*?]{0,5}$/);
    const instances = allStrings('abc', 6);
    fc.assert(
      fc.property(small, small, (pattern, subject) => {
        if (!globCovers(pattern, subject)) return true;
        return instances.every((s) => !referenceMatch(subject, s) || referenceMatch(pattern, s));
      }),
      { numRuns: 500 },
    );
  });
});
