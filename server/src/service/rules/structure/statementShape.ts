import type { PolicyDocument, PolicyStatement } from '../../model/types';
import { suggest } from '../../util/didYouMean';
import type { Check, RuleContext } from '../types';

/**
 * ORG002 for the shape of IAM statements that a schema cannot express: exactly one of `Action` and
 * `NotAction`; at most one of `Resource` and `NotResource`.
 */
export const statementShape: Check = {
  code: 'ORG002',
  check(ctx) {
    const documents: (PolicyDocument | undefined)[] = [ctx.manifest.deployer?.policy, ...ctx.manifest.serviceControlPolicies.map((scp) => scp.document)];
    for (const document of documents) {
      for (const statement of document?.statements ?? []) checkStatement(ctx, statement);
    }
  },
  checkAccount(account, ctx) {
    for (const statement of account.administrator?.policy?.statements ?? []) checkStatement(ctx, statement);
  },
};

function checkStatement(ctx: RuleContext, statement: PolicyStatement): void {
  const start = { start: statement.span.start, end: statement.span.start };
  if (statement.action && statement.notAction) {
    ctx.report({
      span: statement.notAction[0]?.span ?? start,
      message: 'A statement has either `Action` or `NotAction`, not both. Remove one of them.',
    });
  } else if (!statement.action && !statement.notAction && !misspeltAction(statement)) {
    ctx.report({
      span: statement.effect?.span ?? start,
      message: 'This statement has no `Action` (or `NotAction`), so it covers nothing. Add the actions it is meant for.',
    });
  }
  if (statement.resource && statement.notResource) {
    ctx.report({
      span: statement.notResource[0]?.span ?? start,
      message: 'A statement has either `Resource` or `NotResource`, not both. Remove one of them.',
    });
  }
}

/** A key such as `Actions` is the one fault: ORG002 suggests `Action` for it already. */
function misspeltAction(statement: PolicyStatement): boolean {
  return (statement.unknownKeys ?? []).some((key) => suggest(key, ['Action', 'NotAction']).length > 0);
}
