import { isWellFormedAction, onEveryAction } from './actionEntries';
import type { Rule } from './types';

const EXAMPLE = 'for example `organizations:AcceptHandshake`';

/**
 * ORG601: an IAM action that is not `*` or `service:Action` (SPEC §4). Such an action is never
 * matched, so the permission it stands for is not there. A malformed action is ORG601 only: ORG602
 * skips it (SPEC "Precision").
 */
export const org601: Rule = {
  code: 'ORG601',
  title: 'Malformed IAM action',
  defaultSeverity: 'error',
  ...onEveryAction((action, report) => {
    if (isWellFormedAction(action.value)) return;
    report({ span: action.span, message: `${fault(action.value)} IAM actions are written \`service:Action\` (or \`*\` alone), ${EXAMPLE}; as written it matches nothing.` });
  }),
};

/** What is wrong with the text, in one sentence. */
export function fault(action: string): string {
  if (action.trim() === '') return 'This action is empty.';
  const shown = `\`${action}\``;
  if (/\s/.test(action)) return `${shown} contains a space.`;
  const colons = action.split(':').length - 1;
  if (colons === 0) return `${shown} has no service prefix.`;
  if (colons > 1) return `${shown} has ${colons} colons; an action has exactly one, between the service prefix and the action name.`;
  const [prefix, name] = action.split(':') as [string, string];
  if (prefix === '') return `${shown} has no service prefix before the colon.`;
  if (name === '') return `${shown} has no action name after the colon.`;
  const odd = /[^A-Za-z0-9*?:-]/.exec(action)?.[0];
  return `${shown} contains \`${odd ?? '?'}\`, which no IAM action has.`;
}
