/**
 * Turns the CLI's PATH arguments into manifest files: explicit files as given, folders searched for
 * manifests, globs expanded. Paths that do not exist or cannot be read are reported, not thrown.
 */
import { Stats, promises as fs, readdir } from 'node:fs';
import type { Dirent } from 'node:fs';
import * as path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { hasManifestFirstLine, isManifestName, isYamlName } from '../manifestFiles';

export interface FileProblem {
  readonly path: string;
  readonly message: string;
}

export interface ResolvedFiles {
  readonly files: readonly string[];
  readonly problems: readonly FileProblem[];
}

const SKIPPED_FOLDERS = ['**/node_modules/**', '**/.git/**'];

export async function resolveInputs(inputs: readonly string[], cwd: string): Promise<ResolvedFiles> {
  const files = new Set<string>();
  const problems: FileProblem[] = [];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const stat = await fs.stat(absolute).catch((error: unknown) => error);
    if (stat instanceof Stats && stat.isFile()) files.add(absolute);
    else if (stat instanceof Stats && stat.isDirectory()) {
      const before = problems.length;
      const found = await manifestsUnder(absolute, cwd, problems);
      if (found.length === 0 && problems.length === before) problems.push({ path: input, message: 'no manifest in this folder' });
      found.forEach((f) => files.add(f));
    } else if (stat instanceof Stats) problems.push({ path: input, message: 'is not a regular file or folder' });
    else if (isDynamicPattern(input)) {
      // A glob such as "**/*.yaml" also matches YAML that is not a manifest: keep only manifests.
      const walker = recordingUnreadableFolders(cwd, problems);
      const matches = await glob(input, { cwd, absolute: true, ignore: SKIPPED_FOLDERS, onlyFiles: true, followSymbolicLinks: false, fs: walker });
      const manifests = await onlyManifests(matches.sort());
      if (manifests.length === 0) problems.push({ path: input, message: 'no manifest matches this pattern' });
      manifests.forEach((f) => files.add(f));
    } else problems.push({ path: input, message: isMissing(stat) ? 'no such file or folder' : `cannot read this path (${describeError(stat)})` });
  }
  return { files: [...files], problems };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/**
 * A file system for tinyglobby whose `readdir` remembers the folders it could not read: tinyglobby
 * skips them silently, and a folder the CLI cannot enter must not pass as one without manifests.
 */
function recordingUnreadableFolders(cwd: string, problems: FileProblem[]): { readdir: typeof readdir } {
  const recording = (folder: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    readdir(folder, options, (error, entries) => {
      if (error) problems.push({ path: path.relative(cwd, folder).split(path.sep).join('/') || '.', message: `cannot read this folder (${describeError(error)})` });
      callback(error, entries);
    });
  return { readdir: recording as typeof readdir };
}

async function manifestsUnder(folder: string, cwd: string, problems: FileProblem[]): Promise<string[]> {
  let candidates: string[];
  try {
    candidates = await glob(['**/*.yaml', '**/*.yml'], {
      cwd: folder,
      absolute: true,
      ignore: SKIPPED_FOLDERS,
      followSymbolicLinks: false,
      onlyFiles: true,
      fs: recordingUnreadableFolders(cwd, problems),
    });
  } catch (error) {
    problems.push({ path: folder, message: `cannot read this folder (${describeError(error)})` });
    return [];
  }
  return onlyManifests(candidates.sort());
}

/** Manifests by name, or YAML files whose first line declares the format. */
async function onlyManifests(candidates: readonly string[]): Promise<string[]> {
  const result: string[] = [];
  for (const file of candidates) {
    if (isManifestName(file) || (isYamlName(file) && (await startsLikeManifest(file)))) result.push(path.normalize(file));
  }
  return result;
}

/** Reads only the start of the file: enough for the first line. */
async function startsLikeManifest(file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const buffer = Buffer.alloc(256);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return hasManifestFirstLine(buffer.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

export function describeError(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    const code = error.code;
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a folder';
    if (code === 'ELOOP') return 'a symbolic link loop';
    if (code === 'ENOTDIR') return 'a part of the path is not a folder';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
