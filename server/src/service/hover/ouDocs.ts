/** The Markdown that describes an OU path (an account's `ou`, an SCP target, a key under `organizationalUnits`) or `Root`. */
import type { Manifest, OrganizationalUnit } from '../model/types';
import { code, link, paragraphs } from './markdown';

const OU_DOCS = 'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_ous.html';
/** Names listed in full before "and N more". */
const LISTED = 8;

export function ouMarkdown(path: string, manifest: Manifest): string | undefined {
  const ou = manifest.organizationalUnits.find((unit) => unit.path === path);
  if (!ou) return undefined;
  const children = manifest.organizationalUnits.filter((unit) => unit.depth === ou.depth + 1 && unit.path.startsWith(`${path}/`));
  const accounts = manifest.accounts.filter((account) => account.ou?.value === path).map((account) => account.key);
  return paragraphs(
    `**OU ${code(ou.path)}** · organizational unit, level ${ou.depth} of at most 5`,
    `**Child OUs:** ${listOf(children.map((unit: OrganizationalUnit) => unit.name))}`,
    `**Accounts directly in it:** ${listOf(accounts)}`,
    scpText(path, manifest),
    link('Managing organizational units', OU_DOCS),
  );
}

export function rootMarkdown(manifest: Manifest): string {
  return paragraphs(
    `**${code('Root')}** · the root of the organization`,
    `The parent of every top-level OU and account. A policy attached here reaches all ${manifest.accounts.length} accounts of this manifest, ` +
      'except that SCPs never affect the management account.',
    scpText('Root', manifest),
    link('Managing organizational units', OU_DOCS),
  );
}

function scpText(target: string, manifest: Manifest): string | undefined {
  const names = manifest.serviceControlPolicies.filter((scp) => scp.targets.some((t) => t.value === target)).map((scp) => scp.name);
  return names.length > 0 ? `**SCPs attached here:** ${listOf(names)}` : undefined;
}

function listOf(names: readonly string[]): string {
  if (names.length === 0) return 'none';
  const shown = names.slice(0, LISTED).map(code).join(', ');
  return names.length > LISTED ? `${shown} and ${names.length - LISTED} more` : shown;
}
