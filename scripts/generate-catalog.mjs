// Regenerates server/src/data/services.json, the AWS service catalog the checks, hover and completion read.
//
//   node scripts/generate-catalog.mjs [path/to/aws-org-services.json] [--check | --stdout]
//
// The reference path defaults to ../shared/reference/aws-org-services.json (relative to the repository
// root). Facts (principals, service-linked role names, support flags, doc URLs) come from the reference;
// ids, names, prose in our own words and classifications come from scripts/catalog-overlay.json.
// --check exits 1 when the committed file differs from what would be generated; --stdout prints it.
// Never run at build, test or run time: the output is committed. Plain Node, no dependencies.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const overlayPath = resolve(repoRoot, 'scripts/catalog-overlay.json');
const outputPath = resolve(repoRoot, 'server/src/data/services.json');
const defaultReferencePath = resolve(repoRoot, '../shared/reference/aws-org-services.json');

// Formats from the Organizations API model (ServicePrincipal) and IAM (role names).
const PRINCIPAL = /^[\w+=,.@-]{1,128}$/;
const ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SCOPES = ['all-accounts', 'management', 'members', 'conditional'];
const REGISTRATIONS = ['organizations', 'service-api'];
// The reference words a service-only enable path this way ("Only through X", "Only via X").
const SERVICE_ONLY = /^Only (?:through|via|from)\b/;
const OVERLAY_KEYS = [
  'id', 'name', 'description', 'enable', 'fromServiceOnly', 'disable', 'caution', 'trustedAccessNote',
  'delegatedAdmin', 'relatedPrincipals', 'serviceLinkedRoles', 'verified',
];
const DELEGATED_ADMIN_KEYS = ['how', 'registeredWith', 'serviceApi', 'managementAccountSelfAdmin', 'maxAdministrators'];

const COMMENT =
  'GENERATED FILE - do not edit by hand. Produced by scripts/generate-catalog.mjs from ' +
  '../shared/reference/aws-org-services.json (facts) and scripts/catalog-overlay.json (ids, prose, ' +
  'classifications). To change it, edit the overlay or the reference and run ' +
  '`node scripts/generate-catalog.mjs [path/to/aws-org-services.json]` from the repository root.';

class CatalogError extends Error {}

function check(condition, message) {
  if (!condition) throw new CatalogError(message);
}

function requireText(value, what) {
  check(typeof value === 'string' && value.trim() !== '', `${what} must be a non-empty string`);
  return value.trim();
}

function checkKeys(object, allowed, what) {
  for (const key of Object.keys(object)) check(allowed.includes(key), `${what}: unknown key "${key}"`);
}

// "AWSServiceRoleForX (management account)" -> name "AWSServiceRoleForX", annotated: true.
// The parenthetical is the reference's annotation; the overlay must restate it as scope/note.
function parseRoleName(raw, what) {
  const match = /^([^\s(]+)\s*(?:\((.*)\))?$/.exec(raw.trim());
  check(match !== null, `${what}: cannot parse service-linked role "${raw}"`);
  return { name: match[1], annotated: match[2] !== undefined };
}

function buildRoles(ref, ov, what) {
  const overrides = ov.serviceLinkedRoles ?? {};
  const roles = ref.serviceLinkedRoles.map((raw) => {
    const { name, annotated } = parseRoleName(raw, what);
    const extra = overrides[name] ?? {};
    checkKeys(extra, ['scope', 'note'], `${what} role ${name}`);
    check(!annotated || extra.scope !== undefined, `${what}: role "${raw}" is annotated; give its scope in the overlay`);
    const scope = extra.scope ?? 'all-accounts';
    check(SCOPES.includes(scope), `${what}: role ${name} has unknown scope "${scope}"`);
    return extra.note === undefined ? { name, scope } : { name, scope, note: requireText(extra.note, `${what} role note`) };
  });
  for (const name of Object.keys(overrides)) {
    check(roles.some((r) => r.name === name), `${what}: overlay describes role ${name}, which the reference does not list`);
  }
  return roles;
}

function buildRelated(ref, ov, what) {
  const notes = ov.relatedPrincipals ?? {};
  const related = ref.relatedPrincipals.map(({ principal }) => ({
    principal,
    note: requireText(notes[principal], `${what}: note for related principal ${principal}`),
  }));
  for (const principal of Object.keys(notes)) {
    check(related.some((r) => r.principal === principal), `${what}: overlay notes unknown related principal ${principal}`);
  }
  return related;
}

function buildDelegatedAdmin(ref, ov, what) {
  if (!ref.delegatedAdminSupported) {
    check(ov.delegatedAdmin === undefined, `${what}: delegated admin is unsupported; drop the overlay's delegatedAdmin`);
    return { supported: false };
  }
  const da = ov.delegatedAdmin;
  check(da !== undefined, `${what}: delegated admin is supported; the overlay must describe it`);
  checkKeys(da, DELEGATED_ADMIN_KEYS, `${what} delegatedAdmin`);
  check(REGISTRATIONS.includes(da.registeredWith), `${what}: registeredWith must be one of ${REGISTRATIONS.join(', ')}`);
  check((da.registeredWith === 'service-api') === (da.serviceApi !== undefined), `${what}: serviceApi goes with service-api`);
  const result = { supported: true, how: requireText(da.how, `${what} delegatedAdmin.how`), registeredWith: da.registeredWith };
  if (da.serviceApi !== undefined) result.serviceApi = requireText(da.serviceApi, `${what} serviceApi`);
  result.managementAccountSelfAdmin = da.managementAccountSelfAdmin === true;
  if (da.maxAdministrators !== undefined) {
    check(Number.isInteger(da.maxAdministrators) && da.maxAdministrators > 0, `${what}: bad maxAdministrators`);
    result.maxAdministrators = da.maxAdministrators;
  }
  return result;
}

// fromServiceOnly follows the reference's wording unless the overlay overrides it with a recorded reason.
function buildEnable(ref, ov, what) {
  const worded = SERVICE_ONLY.test(ref.enableHow ?? '');
  const fromServiceOnly = ov.fromServiceOnly ?? worded;
  check(typeof fromServiceOnly === 'boolean', `${what}: fromServiceOnly must be a boolean`);
  check(
    fromServiceOnly === worded || typeof ov.verified?.['enable.fromServiceOnly'] === 'string',
    `${what}: fromServiceOnly differs from the reference's wording; record why in verified["enable.fromServiceOnly"]`,
  );
  return { summary: requireText(ov.enable, `${what} enable`), fromServiceOnly };
}

function buildTrustedAccess(ref, ov, what) {
  if (ref.supportsTrustedAccess) {
    check(ref.principals.length > 0, `${what}: a trusted-access service needs a principal`);
    check(ov.trustedAccessNote === undefined, `${what}: trustedAccessNote is only for services without trusted access`);
    return { supported: true };
  }
  check(ref.principals.length === 0, `${what}: a service without trusted access cannot list principals`);
  return { supported: false, note: requireText(ov.trustedAccessNote, `${what} trustedAccessNote`) };
}

function buildService(ref, ov) {
  const what = `service "${ref.service}"`;
  checkKeys(ov, OVERLAY_KEYS, what);
  check(typeof ov.id === 'string' && SLUG.test(ov.id), `${what}: id must be a lowercase slug`);
  check(typeof ref.docUrl === 'string' && ref.docUrl.startsWith('https://'), `${what}: docUrl must be https`);
  const disable = { summary: requireText(ov.disable, `${what} disable`) };
  if (ov.caution !== undefined) disable.caution = requireText(ov.caution, `${what} caution`);
  return {
    id: ov.id,
    name: requireText(ov.name, `${what} name`),
    description: requireText(ov.description, `${what} description`),
    principals: [...ref.principals],
    relatedPrincipals: buildRelated(ref, ov, what),
    serviceLinkedRoles: buildRoles(ref, ov, what),
    trustedAccess: buildTrustedAccess(ref, ov, what),
    delegatedAdmin: buildDelegatedAdmin(ref, ov, what),
    enable: buildEnable(ref, ov, what),
    disable,
    docUrl: ref.docUrl,
  };
}

function checkUnique(values, what) {
  const seen = new Set();
  for (const value of values) {
    check(!seen.has(value), `duplicate ${what}: ${value}`);
    seen.add(value);
  }
}

// Whole-catalog invariants the accessors rely on (unique ids, names and primary principals; formats).
function checkCatalog(services, organizationsRole) {
  checkUnique(services.map((s) => s.id), 'id');
  checkUnique(services.map((s) => s.name), 'name');
  checkUnique(services.flatMap((s) => s.principals), 'principal');
  for (const s of services) {
    checkUnique([...s.principals, ...s.relatedPrincipals.map((r) => r.principal)], `principal of ${s.id}`);
    checkUnique(s.serviceLinkedRoles.map((r) => r.name.toLowerCase()), `role of ${s.id}`);
    for (const p of [...s.principals, ...s.relatedPrincipals.map((r) => r.principal)]) {
      check(PRINCIPAL.test(p), `${s.id}: malformed principal ${p}`);
    }
    for (const r of s.serviceLinkedRoles) check(ROLE_NAME.test(r.name), `${s.id}: malformed role name ${r.name}`);
  }
  check(ROLE_NAME.test(organizationsRole.name) && PRINCIPAL.test(organizationsRole.principal), 'bad Organizations role');
  // Look-ups ignore case, so a role listed by several services must be spelled one way.
  const spellings = new Map([[organizationsRole.name.toLowerCase(), organizationsRole.name]]);
  for (const { name } of services.flatMap((s) => s.serviceLinkedRoles)) {
    const seen = spellings.get(name.toLowerCase()) ?? name;
    check(seen === name, `role spelled both ${seen} and ${name}`);
    spellings.set(name.toLowerCase(), name);
  }
}

function buildOrganizationsRole(ov) {
  checkKeys(ov ?? {}, ['name', 'principal', 'path', 'managedPolicy', 'description'], 'organizationsServiceLinkedRole');
  const fields = ['name', 'principal', 'path', 'managedPolicy', 'description'];
  return Object.fromEntries(fields.map((f) => [f, requireText(ov?.[f], `organizationsServiceLinkedRole.${f}`)]));
}

export function buildCatalog(reference, overlay) {
  check(Array.isArray(reference), 'the reference must be a JSON array of services');
  const entries = overlay.services ?? {};
  const names = new Set(reference.map((r) => r.service));
  for (const name of Object.keys(entries)) check(names.has(name), `overlay entry "${name}" matches no reference service`);
  const services = reference.map((ref) => {
    const ov = entries[ref.service];
    check(ov !== undefined, `no overlay entry for reference service "${ref.service}"`);
    return buildService(ref, ov);
  });
  services.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const organizationsServiceLinkedRole = buildOrganizationsRole(overlay.organizationsServiceLinkedRole);
  checkCatalog(services, organizationsServiceLinkedRole);
  return { $comment: COMMENT, organizationsServiceLinkedRole, services };
}

export function renderCatalog(catalog) {
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function main(argv) {
  const flags = argv.filter((a) => a.startsWith('--'));
  const paths = argv.filter((a) => !a.startsWith('--'));
  const referencePath = paths[0] ? resolve(paths[0]) : defaultReferencePath;
  const text = renderCatalog(buildCatalog(readJson(referencePath), readJson(overlayPath)));
  if (flags.includes('--stdout')) {
    process.stdout.write(text);
  } else if (flags.includes('--check')) {
    const current = readFileSync(outputPath, 'utf8');
    if (current !== text) {
      console.error(`${outputPath} is out of date; run node scripts/generate-catalog.mjs`);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(outputPath, text);
    console.log(`wrote ${outputPath}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(`generate-catalog: ${error.message}`);
    process.exitCode = 1;
  }
}
