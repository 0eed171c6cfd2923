/**
 * Which documents are org manifests (SPEC §2): by name, or by a first line `apiVersion: orgmanifest/v1`.
 * Shared by the server (other editors may send every YAML file) and the CLI (folder scans).
 */
const MANIFEST_NAME = /(^|[\\/])([^\\/]+\.org\.ya?ml|org-manifest\.ya?ml)$/i;
const YAML_NAME = /\.ya?ml$/i;
/** The first line that marks a YAML file as a manifest; a BOM and quotes are tolerated. */
export const FIRST_LINE = /^\uFEFF?apiVersion:\s*["']?orgmanifest\/v1["']?\s*(#.*)?$/;

export function isManifestName(path: string): boolean {
  return MANIFEST_NAME.test(path);
}

export function isYamlName(path: string): boolean {
  return YAML_NAME.test(path);
}

export function hasManifestFirstLine(text: string): boolean {
  const end = text.search(/\r?\n|\r/);
  return FIRST_LINE.test(end >= 0 ? text.slice(0, end) : text);
}
