/**
 * Reads one manifest file for the CLI, refusing what is not a manifest before the checker sees it
 * (exit 2, SPEC §7): not a regular file, larger than the size limit (checked before reading, so a
 * huge file is never loaded), binary (NUL bytes) or not UTF-8 (SPEC §2). A BOM is accepted and
 * left in the text, where offsets expect it.
 */
import { isUtf8 } from 'node:buffer';
import { promises as fs } from 'node:fs';
import { describeError } from './files';

export type ReadResult = { readonly text: string } | { readonly problem: string };

export async function readManifest(file: string, maxFileSize: number): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) return { problem: stat.isDirectory() ? 'is a folder, not a file' : 'is not a regular file' };
    if (stat.size > maxFileSize) return { problem: tooLarge(stat.size, maxFileSize) };
    bytes = await fs.readFile(file);
  } catch (error) {
    return { problem: `cannot read this file (${describeError(error)})` };
  }
  // The file may have grown between the stat and the read.
  if (bytes.length > maxFileSize) return { problem: tooLarge(bytes.length, maxFileSize) };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'not checked: this file is UTF-16 text (as PowerShell writes it); save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { problem: `not checked: this is a binary file, not YAML text (a NUL byte on line ${lineOf(bytes, nul)})` };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid >= 0) return { problem: `not checked: this file is not UTF-8 text (an invalid byte on line ${lineOf(bytes, invalid)}); save it as UTF-8` };
  return { text: bytes.toString('utf8') };
}

function tooLarge(size: number, max: number): string {
  return `not checked: the file is ${size.toLocaleString('en-US')} bytes, larger than the ${max.toLocaleString('en-US')}-byte limit for a manifest`;
}

function lineOf(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = bytes.indexOf(10); i >= 0 && i < offset; i = bytes.indexOf(10, i + 1)) line++;
  return line;
}

/** For a UTF-8 lead byte: the sequence's length and the allowed range of its second byte. */
function leadByte(b: number): readonly [length: number, low: number, high: number] | undefined {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf]; // no overlong forms
  if (b === 0xed) return [3, 0x80, 0x9f]; // no UTF-16 surrogates
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf]; // no overlong forms
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f]; // nothing above U+10FFFF
  return undefined;
}

/**
 * The offset of the first byte that breaks UTF-8 (RFC 3629), or -1. Node's `isUtf8` answers fast
 * whether there is one; this finds where, so the message can name the line.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  for (let i = 0; i < bytes.length; ) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const lead = leadByte(bytes[i]!);
    if (!lead) return i;
    const [length, low, high] = lead;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += length;
  }
  return -1;
}
