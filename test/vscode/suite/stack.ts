// Stack traces that point into the .ts sources. The extension host installs its own
// Error.prepareStackTrace, which bypasses Node's --enable-source-maps, so while the suite runs we
// format the frames ourselves with the source maps Node has loaded (process.setSourceMapsEnabled).
import { findSourceMap } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Installs the mapping formatter; returns the function that puts the previous one back. Frames in
 * `hidden` (the bundle of mocha and this runner) and in Node's internals are left out: they are noise.
 */
export function mapStackTraces(relativeTo: string, hidden: string): () => void {
  process.setSourceMapsEnabled(true);
  const previous = Error.prepareStackTrace;
  Error.prepareStackTrace = (error, frames) => {
    const shown = frames.filter((frame) => {
      const file = frame.getFileName() ?? '';
      return file !== hidden && !file.startsWith('node:internal/');
    });
    const frameLines = shown.map((frame) => `\n    at ${formatFrame(frame, relativeTo)}`);
    return `${headline(error)}${frameLines.join('')}`;
  };
  return () => {
    Error.prepareStackTrace = previous;
  };
}

function formatFrame(frame: NodeJS.CallSite, relativeTo: string): string {
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  const original = file && line && column ? originalPosition(file, line, column) : undefined;
  if (!original) return frame.toString();
  const location = `${path.relative(relativeTo, original.file)}:${original.line}:${original.column}`;
  const name = frame.getFunctionName() ?? frame.getMethodName();
  const prefix = frame.isAsync() ? 'async ' : '';
  return name ? `${prefix}${name} (${location})` : `${prefix}${location}`;
}

function originalPosition(file: string, line: number, column: number) {
  const map = findSourceMap(file.startsWith('file:') ? fileURLToPath(file) : file);
  const entry = map?.findEntry(line - 1, column - 1);
  if (!entry || !('originalSource' in entry)) return undefined;
  const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(file), entry.originalSource);
  return { file: source, line: entry.originalLine + 1, column: entry.originalColumn + 1 };
}

function headline(error: Error): string {
  try {
    // As Node does: not error.toString(), which for AssertionError repeats the code already in its name.
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}
