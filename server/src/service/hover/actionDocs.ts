/**
 * The Markdown that describes an IAM action (any action of the IAM catalog: its service, access
 * level and AWS's description; for the actions the rules reason about, also why they matter here),
 * or what a wildcard pattern covers.
 */
import { findActionByName, matchActions, serviceOfPrefix } from '../../data/iamActions';
import type { IamAction } from '../../data/iamActions';
import { actionsMatching, findAction as findRuleAction } from '../actions/ruleActions';
import type { IamActionInfo } from '../actions/ruleActions';
import { bullets, code, link, paragraphs, ruleLink } from './markdown';

const IAM_MATCHING_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html';
const SERVICE_AUTHORIZATION_DOCS = 'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';
/** Matched actions listed by name in a pattern's hover; the rest are counted. */
const LISTED = 8;

/** Hover text for an action or action pattern; undefined when it names no known action. */
export function actionMarkdown(written: string): string | undefined {
  const catalog = findActionByName(written);
  const rule = findRuleAction(written);
  if (catalog || rule) return exactActionMarkdown(catalog, rule, written);
  return /[*?]/.test(written) ? patternMarkdown(written) : undefined;
}

/**
 * One action: name, service and access level, AWS's description, and for the actions the rules
 * use, what they do in our words, why they matter and the rules that need them.
 */
export function exactActionMarkdown(catalog: IamAction | undefined, rule: IamActionInfo | undefined, written?: string): string {
  const name = catalog?.fullName ?? rule!.name;
  const service = catalog ? serviceOfPrefix(catalog.prefix)?.name : undefined;
  return paragraphs(
    `**${code(name)}** · IAM action`,
    written === undefined || written === name ? undefined : `IAM compares actions without regard to case: this is ${code(name)}.`,
    catalog && `${service ? `${escapeMarkdown(service)} · ` : ''}access level **${catalog.accessLevel}**`,
    catalog && escapeMarkdown(catalog.description),
    rule?.summary,
    rule && `**Why it matters here:** ${rule.whyItMatters}`,
    rule && `**Rules:**\n\n${bullets(rule.rules.map(ruleLink))}`,
    rule ? link(`${rule.name} in the AWS API reference`, rule.docUrl) : link('Actions, resources and condition keys for AWS services', SERVICE_AUTHORIZATION_DOCS),
  );
}

/** A wildcard pattern: how many actions it matches, a few of them, and those the checks look at. */
function patternMarkdown(pattern: string): string | undefined {
  const matched = matchActions(pattern);
  if (matched.length === 0) return undefined;
  const checked = actionsMatching(pattern);
  const shown = matched.slice(0, LISTED).map((action) => `${code(action.fullName)} · ${action.accessLevel}`);
  if (matched.length > LISTED) shown.push(`… and ${(matched.length - LISTED).toLocaleString('en-US')} more`);
  return paragraphs(
    `**${code(pattern)}** · IAM action pattern`,
    `It matches ${matched.length === 1 ? 'one action' : `${matched.length.toLocaleString('en-US')} actions`}${byAccessLevel(matched)}:`,
    bullets(shown),
    checked.length > 0 && 'Among them, these actions that the checks look at:',
    checked.length > 0 && bullets(checked.map((action) => `${code(action.name)} — ${action.summary}`)),
    `${link('How IAM matches actions', IAM_MATCHING_DOCS)}: without regard to case; \`*\` matches any characters and \`?\` one.`,
  );
}

/** " (12 Write, 3 List)": the access levels of a pattern's actions, most frequent first. */
function byAccessLevel(actions: readonly IamAction[]): string {
  if (actions.length < 2) return '';
  const counts = new Map<string, number>();
  for (const action of actions) counts.set(action.accessLevel, (counts.get(action.accessLevel) ?? 0) + 1);
  return ` (${[...counts].sort((a, b) => b[1] - a[1]).map(([level, n]) => `${n.toLocaleString('en-US')} ${level}`).join(', ')})`;
}

/** AWS's prose is plain text: characters Markdown would read as markup are shown as themselves. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}
