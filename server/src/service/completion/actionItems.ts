/**
 * IAM action completion over the whole catalog (some 18,000 actions): first the service prefixes
 * (choosing one inserts `prefix:` and asks again), then that prefix's actions, filtered by what is
 * typed after the colon, with `prefix:*` and the read-only wildcard groups first. Always canonical
 * casing; whatever case was typed, the item replaces it.
 */
import { actionsOf, allPrefixes, findAction, isKnownPrefix, serviceOfPrefix } from '../../data/iamActions';
import type { IamAction } from '../../data/iamActions';
import { findAction as findRuleAction, knownActions } from '../actions/ruleActions';
import { escapeMarkdown, exactActionMarkdown } from '../hover/actionDocs';
import { CompletionItemKind, filterTyped, yamlString } from './items';
import type { ItemContext, ItemSpec } from './items';
import type { Specs } from './referenceItems';

/** Wildcard groups offered for a prefix when they match several actions. */
const VERB_GROUPS = ['Describe', 'Get', 'List'];
const TRIGGER_SUGGEST = { title: 'Suggest actions', command: 'editor.action.triggerSuggest' };

export function actionSpecs(ctx: ItemContext): Specs {
  const typed = ctx.site.typed;
  const colon = typed.indexOf(':');
  if (colon < 0) return { specs: [...prefixSpecs(), ...ruleActionSpecs()], incomplete: false };
  const prefix = typed.slice(0, colon);
  if (!isKnownPrefix(prefix)) return { specs: [], incomplete: true };
  const name = typed.slice(colon + 1);
  const { kept, incomplete } = filterTyped(actionsOf(prefix), (action) => action.name, name);
  // Narrowed by what is typed: the client must ask again when that changes.
  return { specs: [...patternSpecs(prefix.toLowerCase()), ...kept.map(actionSpec)], incomplete: incomplete || name !== '' };
}

/** `organizations` → inserts `organizations:` and asks for the actions. */
function prefixSpecs(): ItemSpec[] {
  return allPrefixes().map((prefix) => ({
    label: prefix,
    kind: CompletionItemKind.Module,
    detail: serviceOfPrefix(prefix)?.name,
    insert: `${prefix}:`,
    command: TRIGGER_SUGGEST,
    group: 0,
  }));
}

/** The actions the checks look at, ready to pick without typing their prefix. */
function ruleActionSpecs(): ItemSpec[] {
  return knownActions().map((rule) => ({
    label: rule.name,
    kind: CompletionItemKind.Function,
    detail: 'IAM action · used by the checks',
    documentation: exactActionMarkdown(findAction(...split(rule.name)), rule),
    insert: rule.name,
    group: 1,
  }));
}

/** `prefix:*`, and `prefix:Describe*` and the like where they match more than one action. */
function patternSpecs(prefix: string): ItemSpec[] {
  const actions = actionsOf(prefix);
  const all: ItemSpec = { label: `${prefix}:*`, kind: CompletionItemKind.Constant, detail: `every ${serviceOfPrefix(prefix)?.name ?? prefix} action`, insert: yamlString(`${prefix}:*`), group: 0 };
  const groups = VERB_GROUPS.flatMap((verb) => {
    const count = actions.filter((action) => action.name.startsWith(verb)).length;
    if (count < 2) return [];
    const pattern = `${prefix}:${verb}*`;
    return [{ label: pattern, kind: CompletionItemKind.Constant, detail: `${count} actions`, insert: yamlString(pattern), group: 0 }];
  });
  return [all, ...groups];
}

function actionSpec(action: IamAction): ItemSpec {
  const rule = findRuleAction(action.fullName);
  return {
    label: action.fullName,
    kind: CompletionItemKind.Function,
    detail: `${action.accessLevel} · ${serviceOfPrefix(action.prefix)?.name ?? action.prefix}`,
    // Short for most actions: hundreds of items go over the wire on each keystroke.
    documentation: rule ? exactActionMarkdown(action, rule) : escapeMarkdown(action.description),
    insert: action.fullName,
    group: 1,
  };
}

function split(action: string): [string, string] {
  const colon = action.indexOf(':');
  return [action.slice(0, colon), action.slice(colon + 1)];
}
