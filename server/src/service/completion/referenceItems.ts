/**
 * Completion items that refer to other parts of the manifest: account keys, OU paths, SCP targets
 * and permission sets. Large organizations have thousands of accounts, so these lists are filtered
 * by what is typed and capped (../items.ts).
 */
import { accountMarkdown } from '../hover/accountDocs';
import { ouMarkdown, rootMarkdown } from '../hover/ouDocs';
import type { Account } from '../model/types';
import { CompletionItemKind, filterTyped, yamlString } from './items';
import type { ItemContext, ItemSpec } from './items';

export interface Specs {
  readonly specs: ItemSpec[];
  readonly incomplete: boolean;
}

/** Account keys. `members` leaves out the management account (delegated administrators, SCP targets). */
export function accountSpecs(ctx: ItemContext, options: { members?: boolean; group?: number } = {}): Specs {
  const candidates = ctx.manifest.accounts.filter((account) => !(options.members && ctx.analysis.isManagement(account)));
  const { kept, incomplete } = filterTyped(candidates, (account) => account.key, ctx.site.typed);
  const specs = kept.map((account) => accountSpec(ctx, account, options.group ?? 0));
  return { specs, incomplete };
}

function accountSpec(ctx: ItemContext, account: Account, group: number): ItemSpec {
  const management = ctx.analysis.isManagement(account);
  return {
    label: account.key,
    kind: CompletionItemKind.Reference,
    detail: [management ? 'management account' : account.joined?.value, account.name?.value ?? account.id?.value].filter(Boolean).join(' · '),
    documentation: accountMarkdown(account, ctx.manifest, ctx.analysis),
    insert: yamlString(account.key),
    // `managementAccount`: accounts without `joined` are the likely ones.
    group: group + (account.joined ? 1 : 0),
  };
}

export function ouSpecs(ctx: ItemContext, group = 0): Specs {
  const { kept, incomplete } = filterTyped(ctx.manifest.organizationalUnits, (ou) => ou.path, ctx.site.typed);
  const specs = kept.map(
    (ou): ItemSpec => ({
      label: ou.path,
      kind: CompletionItemKind.Folder,
      detail: 'organizational unit',
      documentation: ouMarkdown(ou.path, ctx.manifest),
      insert: yamlString(ou.path),
      group,
    }),
  );
  return { specs, incomplete };
}

/** SCP targets: `Root`, OU paths, then member accounts (SCPs never affect the management account). */
export function targetSpecs(ctx: ItemContext): Specs {
  const root: ItemSpec = {
    label: 'Root',
    kind: CompletionItemKind.Folder,
    detail: 'the organization root',
    documentation: rootMarkdown(ctx.manifest),
    insert: 'Root',
  };
  const ous = ouSpecs(ctx, 1);
  const accounts = accountSpecs(ctx, { members: true, group: 2 });
  return { specs: [root, ...ous.specs, ...accounts.specs], incomplete: ous.incomplete || accounts.incomplete };
}

export function permissionSetSpecs(ctx: ItemContext): Specs {
  const names = ctx.manifest.identityCenter?.permissionSets.map((set) => set.name) ?? [];
  const specs = names.map((name): ItemSpec => ({ label: name, kind: CompletionItemKind.Value, detail: 'permission set', insert: yamlString(name) }));
  return { specs, incomplete: false };
}
