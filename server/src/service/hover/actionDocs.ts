/** The Markdown that describes an IAM action, or what a wildcard pattern covers among the known actions. */
import { actionsMatching, findAction } from '../actions/ruleActions';
import type { IamActionInfo } from '../actions/ruleActions';
import { bullets, code, link, paragraphs, ruleLink } from './markdown';

const IAM_MATCHING_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html';

/** Hover text for an action or action pattern; undefined when it names no action the rules use. */
export function actionMarkdown(written: string): string | undefined {
  const exact = findAction(written);
  if (exact) return exactActionMarkdown(exact, written);
  if (!/[*?]/.test(written)) return undefined;
  const covered = actionsMatching(written);
  if (covered.length === 0) return undefined;
  return paragraphs(
    `**${code(written)}** · IAM action pattern`,
    'It covers these actions that the checks look at:',
    bullets(covered.map((action) => `${code(action.name)} — ${action.summary}`)),
    `${link('How IAM matches actions', IAM_MATCHING_DOCS)}: without regard to case; \`*\` matches any characters and \`?\` one.`,
  );
}

export function exactActionMarkdown(action: IamActionInfo, written = action.name): string {
  return paragraphs(
    `**${code(action.name)}** · IAM action`,
    written === action.name ? undefined : `IAM compares actions without regard to case: this is ${code(action.name)}.`,
    action.summary,
    `**Why it matters here:** ${action.whyItMatters}`,
    `**Rules:**\n\n${bullets(action.rules.map(ruleLink))}`,
    link(`${action.name} in the AWS API reference`, action.docUrl),
  );
}
