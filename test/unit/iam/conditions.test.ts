import assert from 'node:assert/strict';
import { conditionsMet } from '../../../server/src/service/iam';
import { baseOperator } from '../../../server/src/service/iam/conditions';
import { clauses, type StatementInit } from './factory';

const KEY = 'iam:AWSServiceName';
const ORG = 'organizations.amazonaws.com';
const SSO = 'sso.amazonaws.com';
const ORGS = { [KEY]: ORG };

function met(condition: NonNullable<StatementInit['condition']>, context: Record<string, string> = ORGS) {
  return conditionsMet(clauses(condition), context);
}

describe('iam conditions', () => {
  describe('StringEquals / StringNotEquals', () => {
    it('StringEquals is met by an equal value, not by another', () => {
      assert.equal(met({ StringEquals: { [KEY]: ORG } }), true);
      assert.equal(met({ StringEquals: { [KEY]: SSO } }), false);
    });

    it('StringEquals ORs its values', () => {
      assert.equal(met({ StringEquals: { [KEY]: [SSO, ORG] } }), true);
      assert.equal(met({ StringEquals: { [KEY]: [SSO, 'config.amazonaws.com'] } }), false);
    });

    it('StringEquals is case-sensitive and takes wildcards literally', () => {
      assert.equal(met({ StringEquals: { [KEY]: 'Organizations.amazonaws.com' } }), false);
      assert.equal(met({ StringEquals: { [KEY]: 'organizations.*' } }), false);
    });

    it('StringNotEquals is met only when no value equals', () => {
      assert.equal(met({ StringNotEquals: { [KEY]: SSO } }), true);
      assert.equal(met({ StringNotEquals: { [KEY]: [SSO, ORG] } }), false);
    });
  });

  describe('IgnoreCase operators', () => {
    it('StringEqualsIgnoreCase ignores case', () => {
      assert.equal(met({ StringEqualsIgnoreCase: { [KEY]: 'ORGANIZATIONS.amazonaws.COM' } }), true);
      assert.equal(met({ StringEqualsIgnoreCase: { [KEY]: 'SSO.amazonaws.com' } }), false);
    });

    it('StringNotEqualsIgnoreCase ignores case', () => {
      assert.equal(met({ StringNotEqualsIgnoreCase: { [KEY]: 'ORGANIZATIONS.amazonaws.com' } }), false);
      assert.equal(met({ StringNotEqualsIgnoreCase: { [KEY]: 'SSO.amazonaws.com' } }), true);
    });
  });

  describe('Like and Arn operators', () => {
    it('StringLike uses glob matching, case-sensitively', () => {
      assert.equal(met({ StringLike: { [KEY]: 'organizations.*' } }), true);
      assert.equal(met({ StringLike: { [KEY]: '*.amazonaws.com' } }), true);
      assert.equal(met({ StringLike: { [KEY]: 'organization?.amazonaws.com' } }), true);
      assert.equal(met({ StringLike: { [KEY]: 'sso.*' } }), false);
      assert.equal(met({ StringLike: { [KEY]: 'Organizations.*' } }), false);
    });

    it('StringNotLike is met only when no pattern matches', () => {
      assert.equal(met({ StringNotLike: { [KEY]: ['sso.*', 'config.*'] } }), true);
      assert.equal(met({ StringNotLike: { [KEY]: ['sso.*', 'org*'] } }), false);
    });

    it('ArnLike and ArnEquals both accept wildcards; ArnNot* negate', () => {
      const ctx = { 'aws:PrincipalArn': 'arn:aws:iam::111111111111:role/Admin' };
      assert.equal(met({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' } }, ctx), true);
      assert.equal(met({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } }, ctx), true);
      assert.equal(met({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' } }, ctx), false);
      assert.equal(met({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/*' } }, ctx), false);
      assert.equal(met({ ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' } }, ctx), true);
    });
  });

  describe('qualifiers', () => {
    it('IfExists behaves like the plain operator for a present key', () => {
      assert.equal(met({ StringEqualsIfExists: { [KEY]: ORG } }), true);
      assert.equal(met({ StringEqualsIfExists: { [KEY]: SSO } }), false);
      assert.equal(met({ StringNotLikeIfExists: { [KEY]: 'org*' } }), false);
    });

    it('ForAnyValue: and ForAllValues: behave like the plain operator for a single-valued key', () => {
      assert.equal(met({ 'ForAnyValue:StringEquals': { [KEY]: ORG } }), true);
      assert.equal(met({ 'ForAnyValue:StringLike': { [KEY]: 'sso.*' } }), false);
      assert.equal(met({ 'ForAllValues:StringEquals': { [KEY]: ['a', ORG] } }), true);
      assert.equal(met({ 'ForAllValues:StringNotEquals': { [KEY]: ORG } }), false);
      assert.equal(met({ 'ForAnyValue:StringLikeIfExists': { [KEY]: 'sso.*' } }), false);
    });

    it('reduces operator spellings to their base', () => {
      assert.equal(baseOperator('ForAnyValue:StringLikeIfExists'), 'stringlike');
      assert.equal(baseOperator('forallvalues:ArnNotEquals'), 'arnnotequals');
      assert.equal(baseOperator('StringEquals'), 'stringequals');
    });

    it('reads operator names whatever their case', () => {
      assert.equal(met({ stringequals: { [KEY]: SSO } }), false);
    });
  });

  describe('Null', () => {
    it('"true" (key must be absent) is not met when the key is present', () => {
      assert.equal(met({ Null: { [KEY]: 'true' } }), false);
      assert.equal(met({ Null: { [KEY]: 'TRUE' } }), false);
    });

    it('"false" (key must be present) is met when the key is present', () => {
      assert.equal(met({ Null: { [KEY]: 'false' } }), true);
      assert.equal(met({ Null: { [KEY]: ['true', 'false'] } }), true);
    });
  });

  describe('what the request does not tell', () => {
    it('assumes a clause on a key the request does not carry is met', () => {
      assert.equal(met({ StringEquals: { 'aws:SourceIp': '10.0.0.1' } }), true);
      assert.equal(met({ Null: { 'aws:PrincipalTag/team': 'false' } }), true);
      assert.equal(met({ StringEquals: { [KEY]: SSO } }, {}), true);
    });

    it('assumes every clause is met when the request has no context', () => {
      const clause = clauses({ StringEquals: { [KEY]: SSO } });
      assert.equal(conditionsMet(clause, undefined), true);
      assert.equal(conditionsMet(clause, ORGS), false, 'the same clause with the key present');
    });

    it('compares condition keys case-insensitively', () => {
      assert.equal(met({ StringEquals: { 'IAM:awsservicename': SSO } }), false);
      assert.equal(met({ StringEquals: { 'iam:awsservicename': ORG } }), true);
      assert.equal(met({ StringEquals: { [KEY]: SSO } }, { 'IAM:AWSSERVICENAME': 'x' }), false);
    });

    it('assumes operators it does not evaluate are met', () => {
      assert.equal(met({ NumericEquals: { [KEY]: '3' } }), true);
      assert.equal(met({ Bool: { [KEY]: 'true' } }), true);
      assert.equal(met({ StringFuzzy: { [KEY]: 'x' } }), true);
    });

    it('assumes a clause without values is met', () => {
      assert.equal(met({ StringEquals: { [KEY]: [] } }), true);
      assert.equal(met({ Null: { [KEY]: [] } }), true);
    });
  });

  describe('combining clauses', () => {
    it('ANDs the clauses of a block', () => {
      const ctx = { [KEY]: ORG, 'aws:RequestedRegion': 'us-east-1' };
      const both = { StringLike: { [KEY]: 'org*', 'aws:RequestedRegion': 'eu-*' } };
      assert.equal(met(both, ctx), false);
      assert.equal(met({ StringLike: { [KEY]: 'org*', 'aws:RequestedRegion': 'us-*' } }, ctx), true);
      assert.equal(
        met({ StringLike: { [KEY]: 'org*' }, StringNotEquals: { [KEY]: ORG } }, ctx),
        false,
      );
    });

    it('is met by an empty block', () => {
      assert.equal(conditionsMet([], ORGS), true);
      assert.equal(conditionsMet(undefined, ORGS), true);
    });
  });
});
